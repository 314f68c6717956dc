using Footfall.Data.Activities;
using Footfall.Data.Entities;

namespace Footfall.Web.Features.History;

/// <summary>A background import as the runner sees it.</summary>
/// <param name="Id">The import job.</param>
/// <param name="State">One of <see cref="ImportJobStates"/>.</param>
/// <param name="FilesDone">Files handled so far.</param>
/// <param name="FilesTotal">Files in the upload; null while not yet known.</param>
/// <param name="SkippedCount">All skipped files (the report lists at most 50).</param>
/// <param name="Report">The figures so far, and the listed files.</param>
/// <param name="Error">Why it stopped, when it failed.</param>
public sealed record ImportJobView(Guid Id, string State, int FilesDone, int? FilesTotal, int SkippedCount, ImportReport Report, string? Error)
{
    public bool InProgress => State is ImportJobStates.Queued or ImportJobStates.Running;

    /// <summary>Per cent of the files handled, 0 to 100; null while the total is unknown.</summary>
    public int? Percent => FilesTotal is > 0 and var total ? (int)Math.Min(100, FilesDone * 100L / total) : null;
}
