namespace Footfall.Data.Entities;

/// <summary>A signed-in account's report of a post to the moderators; one per post and reporter, open until a moderator hides or keeps the post.</summary>
public class PostReport
{
    public Guid Id { get; set; }

    public Guid PostId { get; set; }

    public required string ReporterId { get; set; }

    /// <summary>A <see cref="ReportReasons"/> value.</summary>
    public required string Reason { get; set; }

    /// <summary>What the reporter added, at most 500 characters, or null.</summary>
    public string? Note { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>When a moderator dealt with it (hid the post, or kept it), or null while it waits in the queue.</summary>
    public DateTime? ResolvedAtUtc { get; set; }
}
