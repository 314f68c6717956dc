using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Footfall.Web.Tests.Support;

/// <summary>
/// The web app with a hand-driven clock in place of the system clock, for day-by-day journeys.
/// It starts at the real time (so sign-in cookies stay valid) and only ever moves forward.
/// </summary>
public class FakeClockWebFactory : FootfallWebFactory
{
    public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);

        // Day-by-day journeys keep one browser signed in across fake days; the session limits have their own tests.
        builder.UseSetting("Security:Sessions:Idle", "400.00:00:00");
        builder.UseSetting("Security:Sessions:Absolute", "400.00:00:00");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}
