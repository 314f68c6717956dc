namespace Footfall.Activities.Export;

/// <summary>
/// One activity file found in a bulk export or folder: either decoded (<see cref="FailureReason"/> is
/// null) or refused with a reason an importer can show before skipping it.
/// </summary>
/// <param name="SourceName">Where the file is: its path inside the export (nested zips joined with
/// <c>!/</c>, e.g. <c>DI_CONNECT/.../UploadedFiles_0-_Part1.zip!/123.fit</c>) or in the folder.</param>
/// <param name="ContentSha256">Lower-case hex SHA-256 of the file's content after gzip decompression
/// (so <c>x.fit</c> and <c>x.fit.gz</c> match); null when the file could not be read.</param>
/// <param name="Activities">The decoded activities (usually one; several for chained FIT or multi-activity
/// TCX); empty when the file failed.</param>
/// <param name="GearName">Strava <c>Activity Gear</c> (shoe or bike name) from activities.csv, when listed.</param>
/// <param name="ListedName">The activity name from the export's summary, when listed.</param>
/// <param name="ListedStart">Strava <c>Activity Date</c> read as UTC (its zone is not documented;
/// prefer the file's own start), when listed.</param>
/// <param name="FailureReason">Why the file was skipped, safe to show the user; null on success.</param>
public sealed record ExportItem(
    string SourceName,
    string? ContentSha256,
    IReadOnlyList<Activity> Activities,
    string? GearName,
    string? ListedName,
    DateTimeOffset? ListedStart,
    string? FailureReason)
{
    public bool Succeeded => FailureReason is null;
}
