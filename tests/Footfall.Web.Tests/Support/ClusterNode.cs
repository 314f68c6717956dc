using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Footfall.Web.Tests.Support;

/// <summary>
/// One web node of a cluster: the real app on a PostgreSQL database that other nodes share, with the
/// clustered scheduler set to notice a dead or stopped node within a few seconds, cheap password hashing
/// (as <see cref="ManyRunnersWebFactory"/>), and an outbox folder the nodes share so a confirmation link
/// sent by one node can be opened on another.
/// </summary>
public sealed class ClusterNode(string connectionString, string outbox, IDictionary<string, string?>? more = null)
    : FootfallWebFactory(Settings(connectionString, outbox, more))
{
    public override string OutboxFolder => outbox;

    /// <summary>This node's scheduler instance id, as recorded on the jobs it runs.</summary>
    public async Task<string> SchedulerIdAsync() =>
        (await Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).SchedulerInstanceId;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000));
    }

    private static Dictionary<string, string?> Settings(string connectionString, string outbox, IDictionary<string, string?>? more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSQL",
            ["ConnectionStrings:Footfall"] = connectionString,
            ["Email:OutboxPath"] = outbox,
            ["Jobs:ClusterCheckinInterval"] = "00:00:01",
            ["Jobs:ClusterCheckinMisfireThreshold"] = "00:00:02",
            ["Jobs:IdleWaitTime"] = "00:00:01",
            ["Jobs:ImportBatchFiles"] = "25",
            ["Jobs:ImportSweepInterval"] = "00:00:02",
            ["RateLimiting:AssessmentPermitsPerMinute"] = "10000",
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }
}
