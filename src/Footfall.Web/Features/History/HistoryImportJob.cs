using Quartz;

namespace Footfall.Web.Features.History;

/// <summary>
/// The scheduler's job for one history import (<see cref="ImportRun"/>). Stored durably and asking for
/// recovery, so that a firing on a node that dies, or that is shut down mid-import, is fired again on
/// another node, which carries on from the job's checkpoint.
/// </summary>
public sealed class HistoryImportJob(ImportRun run) : IJob
{
    /// <summary>The job-data key holding the <see cref="Footfall.Data.Entities.ImportJob"/> id.</summary>
    public const string ImportIdKey = "importId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.MergedJobDataMap.GetString(ImportIdKey) is not { } id || !Guid.TryParse(id, out var jobId))
        {
            return;
        }

        await run.RunAsync(jobId, context.Scheduler.SchedulerInstanceId, cancellationToken);
    }
}
