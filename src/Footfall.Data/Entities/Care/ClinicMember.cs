namespace Footfall.Data.Entities;

/// <summary>An account's role at a clinic; a removed member keeps the row (for the audit trail) with <see cref="RemovedAtUtc"/> set.</summary>
public class ClinicMember
{
    public Guid Id { get; set; }

    public Guid ClinicId { get; set; }

    public required string UserId { get; set; }

    public ClinicRole Role { get; set; }

    public DateTime JoinedAtUtc { get; set; }

    public DateTime? RemovedAtUtc { get; set; }
}
