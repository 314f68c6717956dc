using System.Security.Claims;
using System.Text;
using Footfall.Web.Tests.Support;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Web.Tests.Security;

/// <summary>
/// The sign-in cookie is read once for a page, and not at all for the public assessment API, whose
/// answer does not depend on who asks. Counted where ASP.NET hands every signed-in principal it read.
/// </summary>
public sealed class SignInReadingTests(SignInReadingTests.CountingFactory factory) : IClassFixture<SignInReadingTests.CountingFactory>
{
    [Fact]
    public async Task SignedInPage_ReadsTheCookieOnce_PublicAssessmentApiNotAtAll()
    {
        var session = await WebSession.SignedUpAsync(factory);

        factory.Reads.Reset();
        using (var page = await session.Client.GetAsync(new Uri("/Dashboard", UriKind.Relative)))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        }

        Assert.Equal(1, factory.Reads.Count);

        factory.Reads.Reset();
        using (var api = await session.Client.PostAsync(new Uri("/api/v1/assessments", UriKind.Relative), new StringContent(
            """{"age": 44, "sex": "female", "evidence": {"first_steps_pain": true}}""", Encoding.UTF8, "application/json")))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, api.StatusCode);
        }

        Assert.Equal(0, factory.Reads.Count);
    }

    public sealed class ReadCounter : IClaimsTransformation
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Reset() => Volatile.Write(ref _count, 0);

        public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
        {
            if (principal.Identity?.IsAuthenticated == true)
            {
                Interlocked.Increment(ref _count);
            }

            return Task.FromResult(principal);
        }
    }

    public sealed class CountingFactory : FootfallWebFactory
    {
        public ReadCounter Reads { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IClaimsTransformation>(Reads));
        }
    }
}
