namespace Footfall.Data.Entities;

/// <summary>
/// One read or change of a record by someone other than its owner (a clinician, an administrator),
/// or a sensitive action by the owner (export, delete). Holds ids only, never health data.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>Who acted (a user id), or null for the system.</summary>
    public string? ActorId { get; set; }

    /// <summary>Whose data it was (a user id).</summary>
    public required string SubjectUserId { get; set; }

    /// <summary>What happened, e.g. "read", "export", "delete-account".</summary>
    public required string Action { get; set; }

    /// <summary>The kind of record, e.g. "Shoe".</summary>
    public required string RecordType { get; set; }

    public string? RecordId { get; set; }
}
