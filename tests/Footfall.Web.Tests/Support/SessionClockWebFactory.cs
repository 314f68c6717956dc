using Microsoft.Extensions.Time.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Footfall.Web.Tests.Support;

/// <summary>
/// The web app with a hand-driven clock and the real session limits (30 minutes idle, 12 hours at
/// most) and sign-in throttle, for tests of timeouts, delays and token lifetimes.
/// </summary>
public sealed class SessionClockWebFactory : FootfallWebFactory
{
    public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}
