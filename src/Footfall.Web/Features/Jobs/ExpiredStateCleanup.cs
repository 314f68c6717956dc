using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Features.Account;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace Footfall.Web.Features.Jobs;

/// <summary>
/// Hourly (<c>Jobs:CleanupInterval</c>), on one node of the cluster at a time: applies the retention table
/// (<see cref="RecordRetention.PurgeExpiredAsync"/>: sessions past their idle or absolute limit, accounts never
/// confirmed, clinic invitations a month past their expiry, audit entries past six years) and deletes import jobs
/// (with any upload left behind) finished more than <see cref="ImportJobsKept"/> ago. Interview state needs
/// no clean-up here: it lives only in the runner's sealed <c>footfall-interview</c> cookie, which carries its
/// own two-hour expiry and is refused after it.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ExpiredStateCleanup(FootfallDbContext db, RecordRetention retention, TimeProvider clock, ILogger<ExpiredStateCleanup> logger) : IJob
{
    /// <summary>How long a finished import's summary stays viewable: 30 days.</summary>
    public static readonly TimeSpan ImportJobsKept = TimeSpan.FromDays(30);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var purged = await retention.PurgeExpiredAsync(cancellationToken);
        var finishedBefore = now - ImportJobsKept;
        var imports = await db.ImportJobs
            .Where(j => j.FinishedAtUtc != null && j.FinishedAtUtc < finishedBefore)
            .ExecuteDeleteAsync(cancellationToken);

        logger.LogInformation(
            "Clean-up removed {Sessions} expired sessions, {Accounts} never-confirmed accounts, {Invitations} lapsed invitations, {Audit} audit entries past retention and {Imports} old import jobs",
            purged.Sessions, purged.UnconfirmedAccounts, purged.Invitations, purged.AuditEntries, imports);
    }
}
