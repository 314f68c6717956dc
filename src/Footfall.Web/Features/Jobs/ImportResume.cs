using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Features.History;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace Footfall.Web.Features.Jobs;

/// <summary>
/// With the in-memory schedule (SQLite, one process), runs once at start-up and queues again every import
/// a stopped process left queued or running; each carries on from its checkpoint.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ImportResume(FootfallDbContext db, ILogger<ImportResume> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var unfinished = await db.ImportJobs.AsNoTracking()
            .Where(j => j.State == ImportJobStates.Queued || j.State == ImportJobStates.Running)
            .Select(j => j.Id).ToListAsync(cancellationToken);
        foreach (var id in unfinished)
        {
            logger.LogInformation("Import {Job} was left unfinished; queued again", id);
            await BackgroundImport.TriggerAsync(context.Scheduler, id, cancellationToken);
        }
    }
}
