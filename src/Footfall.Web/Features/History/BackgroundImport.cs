using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Infrastructure;
using Quartz;

namespace Footfall.Web.Features.History;

/// <summary>
/// Starts a history import as a background job: the uploaded files are stored in the database in
/// <see cref="ImportJobFile.ChunkBytes"/> chunks (so any node can run the job), an <see cref="ImportJob"/>
/// row is written, and the clustered scheduler is asked to run <see cref="HistoryImportJob"/> for it. The
/// request returns as soon as the upload is stored.
/// </summary>
public sealed class BackgroundImport(FootfallDbContext db, ISchedulerFactory schedulers, TimeProvider clock)
{
    /// <summary>Stores <paramref name="uploads"/> for <paramref name="ownerId"/> and queues the import; returns the job's id.</summary>
    public async Task<Guid> StartAsync(IReadOnlyList<IFormFile> uploads, string ownerId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(uploads);
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        var job = new ImportJob
        {
            Id = Guid.NewGuid(),
            OwnerId = ownerId,
            State = ImportJobStates.Queued,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync(ct);

        // Chunk by chunk, each in its own SaveChanges, so a 500 MB export never sits in memory whole.
        var buffer = new byte[ImportJobFile.ChunkBytes];
        for (var index = 0; index < uploads.Count; index++)
        {
            var upload = uploads[index];
            var name = Path.GetFileName(upload.FileName);
            name = name.Length > 260 ? name[^260..] : name;
            await using var stream = upload.OpenReadStream();
            var chunk = 0;
            int read;
            do
            {
                read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct);
                if (read == 0 && chunk > 0)
                {
                    break;
                }

                db.ImportJobFiles.Add(new ImportJobFile { JobId = job.Id, FileIndex = index, ChunkIndex = chunk++, Name = name, Data = buffer[..read] });
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
            while (read == buffer.Length);
        }

        await TriggerAsync(await schedulers.GetScheduler(ct), job.Id, ct);
        return job.Id;
    }

    /// <summary>Asks the scheduler to run the import <paramref name="jobId"/> (again); a run finds its checkpoint in the database.</summary>
    internal static async Task TriggerAsync(IScheduler scheduler, Guid jobId, CancellationToken ct)
    {
        var data = new JobDataMap { [HistoryImportJob.ImportIdKey] = jobId.ToString("D") };
        await scheduler.TriggerJob(JobSetup.HistoryImportKey, data, ct);
    }
}
