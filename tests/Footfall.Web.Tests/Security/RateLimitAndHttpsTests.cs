using System.Net;
using Footfall.Web.Tests.Support;

namespace Footfall.Web.Tests.Security;

public sealed class RateLimitAndHttpsTests
{
    [Fact]
    public async Task SignIn_TooManyPostsFromOneAddress_Answers429()
    {
        using var factory = new FootfallWebFactory(new Dictionary<string, string?> { ["RateLimiting:AccountPermitsPerMinute"] = "3" });
        var session = WebSession.Create(factory);

        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await session.SignInAsync("nobody@example.com", "wrong password here");
            codes.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], codes);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync(new Uri("/Account/Login", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task OutsideDevelopment_HttpIsRedirectedToHttpsAndCookiesAreHostPrefixed()
    {
        using var factory = new FootfallWebFactory(new Dictionary<string, string?>
        {
            ["Security:RequireHttps"] = "true",
            ["HTTPS_PORT"] = "443",
        });

        using var plain = await factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost") })
            .GetAsync(new Uri("/Account/Login", UriKind.Relative));
        Assert.True(plain.StatusCode is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect or HttpStatusCode.Redirect);
        Assert.Equal("https", plain.Headers.Location!.Scheme);

        var session = new WebSession(factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://footfall.example") })); // HSTS is never sent to localhost
        var email = $"https-{Guid.NewGuid():N}@example.com";
        using (await session.RegisterAsync(email))
        {
        }

        await session.ConfirmEmailAsync(factory, email);
        using var response = await session.SignInAsync(email);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-footfall=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }
}
