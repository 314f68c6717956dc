using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Features.History;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace Footfall.Web.Features.Jobs;

/// <summary>
/// Queues again the imports nobody is working on; each carries on from its checkpoint. With the in-memory
/// schedule (SQLite, one process) it runs once at start-up, for the imports a stopped process left. On a
/// cluster it runs every <c>Jobs:ImportSweepInterval</c> (default 30 s) on one node, as a safety net beside
/// Quartz's own recovery: an import marked running on a node that is no longer a member of the cluster, or
/// queued for over <see cref="QueuedGrace"/> without starting, is fired again. Two runs of one import cannot
/// both count a batch (<see cref="ImportRun"/>), so a spare firing costs time, never data.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ImportResume(FootfallDbContext db, TimeProvider clock, ILogger<ImportResume> logger) : IJob
{
    /// <summary>How long a queued import may wait for a node before it is fired again: one minute.</summary>
    public static readonly TimeSpan QueuedGrace = TimeSpan.FromMinutes(1);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var unfinished = await db.ImportJobs.AsNoTracking()
            .Where(j => j.State == ImportJobStates.Queued || j.State == ImportJobStates.Running)
            .Select(j => new { j.Id, j.State, j.Node, j.CreatedAtUtc })
            .ToListAsync(cancellationToken);
        if (unfinished.Count == 0)
        {
            return;
        }

        var members = (await context.Scheduler.QueryClusterNodes(cancellationToken)).Select(n => n.InstanceId).ToHashSet(StringComparer.Ordinal);
        var clustered = context.Trigger.Key.Name != JobSetupNames.ResumeOnce;
        var queuedBefore = clock.GetUtcNow().UtcDateTime - QueuedGrace;
        foreach (var job in unfinished)
        {
            var orphaned = !clustered
                || (job.State == ImportJobStates.Running && (job.Node is null || !members.Contains(job.Node)))
                || (job.State == ImportJobStates.Queued && job.CreatedAtUtc < queuedBefore);
            if (orphaned)
            {
                logger.LogInformation("Import {Job} ({State} on {Node}) has nobody working on it; queued again", job.Id, job.State, job.Node);
                await BackgroundImport.TriggerAsync(context.Scheduler, job.Id, cancellationToken);
            }
        }
    }
}
