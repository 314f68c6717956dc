using System.Net;
using Footfall.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Web.Tests.Security;

/// <summary>Issue 12: behind a TLS proxy, production mode serves its forms (it answered 500 before).</summary>
public sealed class ForwardedHeadersTests
{
    [Theory]
    [InlineData("10.0.0.5", "10.0.0.5", true)]
    [InlineData("10.0.0.9", "10.0.0.5", false)]
    public async Task BehindAKnownTlsProxy_FormsWork_AndOnlyAKnownProxyIsBelieved(string peer, string knownProxy, bool believed)
    {
        using var factory = new FootfallWebFactory(new Dictionary<string, string?>
        {
            ["Security:RequireHttps"] = "true",
            ["HTTPS_PORT"] = "443",
            ["ForwardedHeaders:KnownProxies"] = knownProxy,
        });
        using var app = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new Peer(peer))));
        // The browser speaks HTTPS to the proxy and keeps its Secure cookies; the proxy speaks HTTP to the app.
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("http://footfall.example") });
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");

        using var page = await client.GetAsync(new Uri("/Account/ForgotPassword", UriKind.Relative));

        if (believed)
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var cookies = page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).ToList();
            Assert.All(page.Headers.GetValues("Set-Cookie"), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
            var token = (await WebSession.ParseAsync(page)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("/Account/ForgotPassword", UriKind.Relative))
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Email"] = "someone@example.com" }),
            };
            post.Headers.Add("Cookie", string.Join("; ", cookies));
            using var sent = await client.SendAsync(post);
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
            Assert.StartsWith("/Account/CheckEmail", sent.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
        else
        {
            // A stranger's X-Forwarded-Proto is ignored: plain HTTP is sent to HTTPS.
            Assert.Equal("https", page.Headers.Location?.Scheme);
        }
    }

    /// <summary>Pretends the request came from <paramref name="address"/>, as a proxy's connection would.</summary>
    private sealed class Peer(string address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate following) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address);
                return following(context);
            });
            next(app);
        };
    }
}
