using Footfall.Data;
using Footfall.Web.Features.Account;
using Footfall.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Web.Tests.Features.Account;

/// <summary>The failed-sign-in counts live in the database: every failure counts, even at once, and the table holds no email or address.</summary>
public sealed class SignInThrottleTests(FootfallWebFactory factory) : IClassFixture<FootfallWebFactory>
{
    [Fact]
    public async Task TwentyFailuresAtOnce_AreAllCounted_AndTheNextAttemptWaits()
    {
        var email = $"Someone-{Guid.NewGuid():N}@Example.com";

        await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SignInThrottle>().FailedAsync(email, $"198.51.100.{i}");
        }));

        await using var check = factory.Services.CreateAsyncScope();
        var throttle = check.ServiceProvider.GetRequiredService<SignInThrottle>();
        var db = check.ServiceProvider.GetRequiredService<FootfallDbContext>();
        Assert.Equal(20, await db.SignInFailures.MaxAsync(c => c.Failures));
        Assert.True(await throttle.WaitForAsync(email.ToLowerInvariant(), "203.0.113.9") > TimeSpan.Zero, "the account waits from any address, whatever the email's case");
        Assert.Equal(TimeSpan.Zero, await throttle.WaitForAsync($"other-{Guid.NewGuid():N}@example.com", "203.0.113.9"));
        var keys = await db.SignInFailures.Select(c => c.Key).ToListAsync();
        Assert.DoesNotContain(keys, k => k.Contains('@', StringComparison.Ordinal) || k.Contains("198.51", StringComparison.Ordinal));

        await throttle.SucceededAsync(email);
        Assert.Equal(TimeSpan.Zero, await throttle.WaitForAsync(email, "203.0.113.9"));
    }
}
