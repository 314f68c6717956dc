using System.Text.Json;
using Footfall.Activities.Export;
using Footfall.Data;
using Footfall.Data.Activities;
using Footfall.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.History;

/// <summary>
/// Works through one <see cref="ImportJob"/> from its checkpoint: the stored upload is copied to temporary
/// files, the files already done are passed over, and the rest are imported in batches. Each batch's
/// activities and the job's new checkpoint and counters are committed in one transaction, and only if the
/// checkpoint is still the one this run started the batch from; so a node that dies mid-batch leaves nothing
/// of it, and two nodes that both think they own a job cannot both count a batch.
/// </summary>
public sealed class ImportRun(FootfallDbContext db, TimeProvider clock, IConfiguration configuration, ILogger<ImportRun> logger)
{
    /// <summary>Files per committed batch (<c>Jobs:ImportBatchFiles</c>, default 50): how far a dead node's work can roll back, and how often progress moves.</summary>
    public const int DefaultBatchFiles = 50;

    private const int ListedDetails = 50;

    /// <summary>Runs the import <paramref name="jobId"/> until it is finished, failed, or someone else moved its checkpoint.</summary>
    /// <param name="jobId">The job.</param>
    /// <param name="node">This node's name, recorded on the job.</param>
    /// <param name="ct">Cancelled when the node shuts down; the batch in progress is rolled back.</param>
    public async Task RunAsync(Guid jobId, string node, CancellationToken ct)
    {
        var job = await db.ImportJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == jobId, ct);
        if (job is null || job.State is ImportJobStates.Finished or ImportJobStates.Failed)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await db.ImportJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, ImportJobStates.Running)
            .SetProperty(j => j.StartedAtUtc, j => j.StartedAtUtc ?? now)
            .SetProperty(j => j.Node, node), ct);

        logger.LogInformation("Import {Job} running on {Node} from file {Done}", jobId, node, job.FilesDone);
        var folder = Directory.CreateTempSubdirectory("footfall-import-");
        try
        {
            var files = await CopyUploadAsync(jobId, folder.FullName, ct);
            using var source = ImportSource.OpenUploads(files);
            if (job.FilesTotal is null && source.ExpectedCount is { } expected)
            {
                await db.ImportJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s.SetProperty(j => j.FilesTotal, expected), ct);
            }

            var finished = await ImportFromCheckpointAsync(job, source, ct);
            if (finished)
            {
                await FinishAsync(jobId, ImportJobStates.Finished, null, ct);
                logger.LogInformation("Import {Job} finished on {Node}", jobId, node);
            }
        }
        catch (ExportFormatException ex)
        {
            await FinishAsync(jobId, ImportJobStates.Failed, $"The import stopped: {ex.Message}", CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !ct.IsCancellationRequested)
        {
            // Not the upload's fault (a database failure, a bug): say so rather than leave the job "running".
            logger.LogError(ex, "Import {Job} failed on {Node}", jobId, node);
            await FinishAsync(jobId, ImportJobStates.Failed, "The import stopped because of a problem on our side. What was imported is kept; upload the files again to import the rest.", CancellationToken.None);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private async Task<bool> ImportFromCheckpointAsync(ImportJob job, ImportSource source, CancellationToken ct)
    {
        var batchFiles = Math.Max(1, configuration.GetValue("Jobs:ImportBatchFiles", DefaultBatchFiles));
        var details = job.DetailsJson is { } json
            ? JsonSerializer.Deserialize<ImportDetails>(json) ?? ImportDetails.Empty
            : ImportDetails.Empty;
        var done = job.FilesDone;
        using var items = source.Items.Skip(done).GetEnumerator();
        var more = true;
        while (more)
        {
            ct.ThrowIfCancellationRequested();
            var taken = 0;
            IEnumerable<ExportItem> Batch()
            {
                while (taken < batchFiles && (more = items.MoveNext()))
                {
                    taken++;
                    yield return items.Current;
                }
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var report = await new ActivityImporter(db, clock).ImportAsync(job.OwnerId, Batch(), cancellationToken: ct);
            if (taken == 0)
            {
                break;
            }

            details = details.Add(report);
            var detailsJson = JsonSerializer.Serialize(details);
            var from = done;
            var moved = await db.ImportJobs
                .Where(j => j.Id == job.Id && j.FilesDone == from)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(j => j.FilesDone, j => j.FilesDone + taken)
                    .SetProperty(j => j.FilesTotal, j => more ? j.FilesTotal : j.FilesDone + taken)
                    .SetProperty(j => j.Imported, j => j.Imported + report.Imported)
                    .SetProperty(j => j.Duplicates, j => j.Duplicates + report.Duplicates)
                    .SetProperty(j => j.SkippedCount, j => j.SkippedCount + report.Skipped.Count)
                    .SetProperty(j => j.ShoesCreated, j => j.ShoesCreated + report.ShoesCreated)
                    .SetProperty(j => j.DetailsJson, detailsJson), ct);
            if (moved == 0)
            {
                // Another run moved the checkpoint (a node thought dead came back): its work stands, not ours.
                await transaction.RollbackAsync(CancellationToken.None);
                logger.LogWarning("Import {Job}: another node moved the checkpoint past {Done}; this run stops", job.Id, from);
                return false;
            }

            await transaction.CommitAsync(CancellationToken.None);
            done += taken;
        }

        return true;
    }

    private async Task FinishAsync(Guid jobId, string state, string? error, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.ImportJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, state)
            .SetProperty(j => j.FilesTotal, j => state == ImportJobStates.Finished ? j.FilesDone : j.FilesTotal)
            .SetProperty(j => j.FinishedAtUtc, now)
            .SetProperty(j => j.Error, error), ct);
        await db.ImportJobFiles.Where(f => f.JobId == jobId).ExecuteDeleteAsync(ct);
    }

    /// <summary>Copies the stored upload to files under <paramref name="folder"/>, chunk by chunk, and names each as the runner did.</summary>
    private async Task<List<(string Path, string Name)>> CopyUploadAsync(Guid jobId, string folder, CancellationToken ct)
    {
        var parts = await db.ImportJobFiles.AsNoTracking().Where(f => f.JobId == jobId)
            .OrderBy(f => f.FileIndex).ThenBy(f => f.ChunkIndex)
            .Select(f => new { f.FileIndex, f.ChunkIndex, f.Name })
            .ToListAsync(ct);
        var files = new List<(string Path, string Name)>();
        foreach (var file in parts.GroupBy(p => p.FileIndex))
        {
            var path = Path.Combine(folder, file.Key.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await using (var target = File.Create(path))
            {
                foreach (var part in file)
                {
                    var data = await db.ImportJobFiles.AsNoTracking()
                        .Where(f => f.JobId == jobId && f.FileIndex == part.FileIndex && f.ChunkIndex == part.ChunkIndex)
                        .Select(f => f.Data).SingleAsync(ct);
                    await target.WriteAsync(data, ct);
                }
            }

            files.Add((path, file.First().Name));
        }

        return files;
    }

    /// <summary>What the summary lists besides the counts, at most <see cref="ListedDetails"/> of each.</summary>
    internal sealed record ImportDetails(List<SkippedFile> Skipped, List<PartialFile> Partial, List<LeftOutActivity> LeftOut)
    {
        public static ImportDetails Empty => new([], [], []);

        public ImportDetails Add(ImportReport report) => new(
            [.. Skipped, .. report.Skipped.Take(ListedDetails - Skipped.Count)],
            [.. Partial, .. report.Partial.Take(ListedDetails - Partial.Count)],
            [.. LeftOut, .. report.LeftOut.Take(ListedDetails - LeftOut.Count)]);
    }
}
