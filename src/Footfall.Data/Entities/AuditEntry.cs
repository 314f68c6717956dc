namespace Footfall.Data.Entities;

/// <summary>
/// One security-relevant event: a sign-in, a failure or throttle, a password or two-factor change,
/// an export or deletion, a read of someone else's record, an operator's command. Append-only (the
/// database refuses UPDATE and DELETE on the table); holds ids, never health data.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>Who acted: a user id, <c>operator:NAME</c> for the command line, or null for the system or an unknown visitor.</summary>
    public string? ActorId { get; set; }

    /// <summary>Whose account it concerns (a user id), or null when no account matched (a sign-in with an unknown email).</summary>
    public string? SubjectUserId { get; set; }

    /// <summary>What happened, e.g. "sign-in", "sign-in-failed", "export", "delete-account"; see <see cref="AuditActions"/>.</summary>
    public required string Action { get; set; }

    /// <summary>The kind of record, e.g. "Account", "Shoe".</summary>
    public required string RecordType { get; set; }

    public string? RecordId { get; set; }

    /// <summary>A short, health-free detail ("throttled for 8 s", "recovery code"), or null.</summary>
    public string? Detail { get; set; }

    /// <summary>The client address (the forwarded one behind a known proxy), or null from the command line.</summary>
    public string? IpAddress { get; set; }
}
