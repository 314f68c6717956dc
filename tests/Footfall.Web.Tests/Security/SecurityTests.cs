using System.Net;
using Footfall.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Web.Tests.Security;

public sealed class SecurityTests(FootfallWebFactory factory) : IClassFixture<FootfallWebFactory>
{
    [Theory]
    [InlineData("/Account/Register")]
    [InlineData("/Account/Login")]
    public async Task FormPost_WithoutAntiforgeryToken_IsRejected(string path)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "csrf@example.com",
            ["Input.Password"] = WebSession.GoodPassword,
            ["Input.ConfirmPassword"] = WebSession.GoodPassword,
            ["Input.AcceptTerms"] = "true",
        });

        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var signIn = await WebSession.Create(factory).SignInAsync("csrf@example.com");
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode); // no account was created
    }

    [Fact]
    public async Task SignOut_WithoutAntiforgeryToken_KeepsTheRunnerSignedIn()
    {
        var session = await WebSession.SignedUpAsync(factory);

        using var response = await session.Client.PostAsync(new Uri("/Account/Logout", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var dashboard = await session.Client.GetAsync(new Uri("/Dashboard", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/no-such-page")]
    public async Task EveryResponse_CarriesSecurityHeaders(string path)
    {
        using var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task SignedInPages_AreNotCached()
    {
        var session = await WebSession.SignedUpAsync(factory);

        using var response = await session.Client.GetAsync(new Uri("/Dashboard", UriKind.Relative));

        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task AuthCookie_IsHttpOnlyAndSameSite()
    {
        var email = $"cookie-{Guid.NewGuid():N}@example.com";
        var session = WebSession.Create(factory);
        using (await session.RegisterAsync(email))
        {
        }

        await session.ConfirmEmailAsync(factory, email);
        using var response = await session.SignInAsync(email);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("footfall=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task MissingPage_ShowsFriendlyNotFound()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/no-such-page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await WebSession.ParseAsync(response);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task UnhandledError_ShowsFriendlyPageWithoutStackTrace()
    {
        using var throwing = factory.WithWebHostBuilder(b => b.ConfigureServices(s =>
            s.AddSingleton<IStartupFilter>(new ThrowOnPath("/boom"))));

        using var response = await throwing.CreateClient().GetAsync(new Uri("/boom", UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Something went wrong", html);
        Assert.DoesNotContain("InvalidOperationException", html);
        Assert.DoesNotContain("secret detail", html);
        Assert.DoesNotContain(" at ", html.Split("<main")[1].Split("</main>")[0]);
    }

    [Fact]
    public async Task Healthz_ReportsDatabaseReachable()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"database\":\"reachable\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Api_WithoutSignIn_Answers401NotARedirect()
    {
        using var response = await factory.CreateClient(new() { AllowAutoRedirect = false })
            .GetAsync(new Uri("/api/v1/shoes", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheApi()
    {
        var json = await factory.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Contains("/api/v1/shoes", json);
    }

    private sealed class ThrowOnPath(string path) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
                context.Request.Path == path
                    ? throw new InvalidOperationException("secret detail")
                    : nextMiddleware(context));
        };
    }
}
