namespace Footfall.Data.Entities;

/// <summary>
/// A history import running as a background job: the upload is stored first (<see cref="ImportJobFile"/>),
/// then any node works through it in batches. Each batch of files is stored in the same transaction that
/// moves <see cref="FilesDone"/> and the counters on, so a node that dies mid-batch leaves the batch undone
/// and the next node starts it again: nothing is lost and nothing is counted or stored twice.
/// </summary>
public class ImportJob : IOwned
{
    public Guid Id { get; set; }

    public required string OwnerId { get; set; }

    /// <summary><see cref="ImportJobStates"/>: queued, running, finished or failed.</summary>
    public required string State { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? StartedAtUtc { get; set; }

    public DateTime? FinishedAtUtc { get; set; }

    /// <summary>Files handled (imported, duplicate or skipped), in the order the upload gives them.</summary>
    public int FilesDone { get; set; }

    /// <summary>Files in the upload; null until known (an export nesting zips is counted as it is read).</summary>
    public int? FilesTotal { get; set; }

    public int Imported { get; set; }

    public int Duplicates { get; set; }

    public int SkippedCount { get; set; }

    public int ShoesCreated { get; set; }

    /// <summary>The skipped, partial and left-out files as JSON (at most 50 of each), for the summary page.</summary>
    public string? DetailsJson { get; set; }

    /// <summary>Why the job failed, in words for the runner (an archive refused whole); null otherwise.</summary>
    public string? Error { get; set; }

    /// <summary>The node that last worked on the job (its scheduler instance id), for operators.</summary>
    public string? Node { get; set; }
}
