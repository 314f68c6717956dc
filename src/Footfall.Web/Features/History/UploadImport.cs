using Footfall.Data;
using Footfall.Data.Activities;

namespace Footfall.Web.Features.History;

/// <summary>
/// Use case: imports files uploaded through the history upload page: each upload is copied to a temporary file (an
/// export zip is read at random), the lot is imported for the owner, and the copies are deleted.
/// </summary>
public sealed class UploadImport(FootfallDbContext db, TimeProvider clock)
{
    /// <summary>Default upload limit in megabytes (<c>History:MaxUploadMegabytes</c>); a ten-year Strava export is a few hundred MB.</summary>
    public const int DefaultMaxUploadMegabytes = 512;

    /// <summary>The configured limit in bytes.</summary>
    public static long MaxUploadBytes(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.GetValue("History:MaxUploadMegabytes", DefaultMaxUploadMegabytes) * 1024L * 1024L;
    }

    /// <exception cref="Footfall.Activities.ActivityFormatException">An export zip was refused whole (too many entries, too large, damaged).</exception>
    public async Task<ImportReport> ImportAsync(IReadOnlyList<IFormFile> uploads, string ownerId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(uploads);
        var saved = new List<(string Path, string Name)>();
        try
        {
            foreach (var upload in uploads)
            {
                var path = Path.GetTempFileName();
                saved.Add((path, upload.FileName));
                await using var target = File.Create(path);
                await upload.CopyToAsync(target, ct);
            }

            using var source = ImportSource.OpenUploads(saved);
            return await new ActivityImporter(db, clock).ImportAsync(ownerId, source, cancellationToken: ct);
        }
        finally
        {
            foreach (var (path, _) in saved)
            {
                File.Delete(path);
            }
        }
    }
}
