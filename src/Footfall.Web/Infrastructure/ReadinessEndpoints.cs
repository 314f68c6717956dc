using Footfall.Data;
using Quartz;

namespace Footfall.Web.Infrastructure;

/// <summary>
/// <c>GET /healthz/live</c>: 200 while the process serves requests, with no I/O (a load balancer restarts a
/// node that fails it). <c>GET /healthz/ready</c>: 200 when the database answers and the job scheduler is
/// running and can reach its store, else 503 naming which is not (a load balancer sends no traffic there).
/// Both answer within <see cref="Timeout"/> and say nothing about any runner.
/// </summary>
public static class ReadinessEndpoints
{
    /// <summary>How long readiness waits for the database and the job store: 3 seconds.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public static IEndpointRouteBuilder MapReadinessEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/healthz/live", () => TypedResults.Ok(new LiveReport("live"))).ExcludeFromDescription().AllowAnonymous();
        endpoints.MapGet("/healthz/ready", ReadyAsync).ExcludeFromDescription().AllowAnonymous();
        return endpoints;
    }

    private static async Task<IResult> ReadyAsync(FootfallDbContext db, ISchedulerFactory schedulers, JobStoreKind store, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        var database = await DatabaseAnswersAsync(db, timeout.Token);
        var jobs = await SchedulerRunsAsync(schedulers, store, database, timeout.Token);
        var report = new ReadyReport(database && jobs ? "ready" : "unready", database ? "reachable" : "unreachable", jobs ? "running" : "not running");
        return database && jobs
            ? TypedResults.Ok(report)
            : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<bool> DatabaseAnswersAsync(FootfallDbContext db, CancellationToken ct)
    {
        try
        {
            return await db.Database.CanConnectAsync(ct);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or TimeoutException or OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>The scheduler is started and not in standby; a clustered one must also reach its store (its tables in the same database).</summary>
    private static async Task<bool> SchedulerRunsAsync(ISchedulerFactory schedulers, JobStoreKind store, bool databaseAnswers, CancellationToken ct)
    {
        try
        {
            var scheduler = await schedulers.GetScheduler(ct);
            if (await scheduler.GetStatus(ct) != SchedulerStatus.Running)
            {
                return false;
            }

            if (!store.Clustered)
            {
                return true;
            }

            // A read of the store itself: fails while its database is down.
            return databaseAnswers && await scheduler.Exists(JobSetup.HistoryImportKey, ct);
        }
        catch (Exception ex) when (ex is SchedulerException or System.Data.Common.DbException or InvalidOperationException or TimeoutException or OperationCanceledException)
        {
            return false;
        }
    }

    public sealed record LiveReport(string Status);

    public sealed record ReadyReport(string Status, string Database, string Jobs);
}
