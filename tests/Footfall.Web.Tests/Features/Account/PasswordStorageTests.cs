using System.Net;
using Footfall.Data;
using Footfall.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Web.Tests.Features.Account;

/// <summary>OWASP ASVS 4.0 2.1.2 and 2.4: long passphrases are allowed, and passwords are stored as a salted, slow hash.</summary>
public sealed class PasswordStorageTests(FootfallWebFactory factory) : IClassFixture<FootfallWebFactory>
{
    [Fact]
    public async Task Register_SixtyFourCharacterPassphrase_IsAccepted()
    {
        var passphrase = "my heel hurts on the first steps of every single morning, truly!";
        Assert.Equal(64, passphrase.Length);

        var session = await WebSession.SignedUpAsync(factory, password: passphrase);

        using var api = await session.Client.GetAsync(new Uri("/api/v1/shoes", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    [Fact]
    public async Task Register_PasswordOverTheMaximum_IsRefused()
    {
        var tooLong = string.Concat(Enumerable.Range(0, 200).Select(i => $"w{i} "));

        using var response = await WebSession.Create(factory).RegisterAsync($"long-{Guid.NewGuid():N}@example.com", tooLong);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await WebSession.ParseAsync(response)).QuerySelector("[role=alert]"));
    }

    [Fact]
    public async Task StoredHash_IsPbkdf2Sha512With100000IterationsAndASalt()
    {
        var email = $"hash-{Guid.NewGuid():N}@example.com";
        await WebSession.SignedUpAsync(factory, email);
        await using var scope = factory.Services.CreateAsyncScope();
        var hash = Convert.FromBase64String((await scope.ServiceProvider.GetRequiredService<FootfallDbContext>().Users.SingleAsync(u => u.Email == email)).PasswordHash!);

        // Identity v3 format: 0x01, PRF (2 = HMAC-SHA512), iteration count, salt length, salt, subkey; big-endian.
        Assert.Equal(0x01, hash[0]);
        Assert.Equal(2u, ReadUInt32(hash, 1));
        Assert.True(ReadUInt32(hash, 5) >= 100_000);
        Assert.True(ReadUInt32(hash, 9) >= 16);
    }

    private static uint ReadUInt32(byte[] bytes, int offset) =>
        (uint)(bytes[offset] << 24 | bytes[offset + 1] << 16 | bytes[offset + 2] << 8 | bytes[offset + 3]);
}
