using System.Text.Json;
using Footfall.Data;
using Footfall.Data.Activities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.History;

/// <summary>Where a runner's background import has got, read from the database so any node can answer.</summary>
public sealed class ImportStatus(FootfallDbContext db)
{
    /// <summary>The runner's import <paramref name="jobId"/>; null when there is none or it is someone else's.</summary>
    public async Task<ImportJobView?> FindAsync(string ownerId, Guid jobId, CancellationToken ct)
    {
        var job = await db.ImportJobs.OwnedBy(ownerId).AsNoTracking().SingleOrDefaultAsync(j => j.Id == jobId, ct);
        if (job is null)
        {
            return null;
        }

        var details = job.DetailsJson is { } json
            ? JsonSerializer.Deserialize<ImportRun.ImportDetails>(json) ?? ImportRun.ImportDetails.Empty
            : ImportRun.ImportDetails.Empty;
        var report = new ImportReport(job.Imported, job.Duplicates, details.Skipped, job.ShoesCreated, [], details.Partial, details.LeftOut);
        return new ImportJobView(job.Id, job.State, job.FilesDone, job.FilesTotal, job.SkippedCount, report, job.Error);
    }
}
