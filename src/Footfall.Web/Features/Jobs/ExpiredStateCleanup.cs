using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Features.Account;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace Footfall.Web.Features.Jobs;

/// <summary>
/// Hourly (<c>Jobs:CleanupInterval</c>), on one node of the cluster at a time: deletes sign-in sessions past
/// their idle or absolute limit, clinic invitations past their expiry that nobody accepted, and import jobs
/// (with any upload left behind) finished more than <see cref="ImportJobsKept"/> ago. Interview state needs
/// no clean-up here: it lives only in the runner's sealed <c>footfall-interview</c> cookie, which carries its
/// own two-hour expiry and is refused after it.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ExpiredStateCleanup(FootfallDbContext db, SessionLimits limits, TimeProvider clock, ILogger<ExpiredStateCleanup> logger) : IJob
{
    /// <summary>How long a finished import's summary stays viewable: 30 days.</summary>
    public static readonly TimeSpan ImportJobsKept = TimeSpan.FromDays(30);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var idleSince = now - limits.Idle;
        var startedBefore = now - limits.Absolute;
        var sessions = await db.Sessions
            .Where(s => s.LastSeenAtUtc < idleSince || s.CreatedAtUtc < startedBefore)
            .ExecuteDeleteAsync(cancellationToken);
        var invitations = await db.ClinicInvitations
            .Where(i => i.AcceptedAtUtc == null && i.ExpiresAtUtc < now)
            .ExecuteDeleteAsync(cancellationToken);
        var finishedBefore = now - ImportJobsKept;
        var imports = await db.ImportJobs
            .Where(j => j.FinishedAtUtc != null && j.FinishedAtUtc < finishedBefore)
            .ExecuteDeleteAsync(cancellationToken);

        // Retention hook: when the accounts area's purge of accounts past their retention period lands
        // (PurgeExpiredAsync), call it here so it runs once an hour on one node of the cluster.
        logger.LogInformation(
            "Clean-up removed {Sessions} expired sessions, {Invitations} expired invitations and {Imports} old import jobs",
            sessions, invitations, imports);
    }
}
