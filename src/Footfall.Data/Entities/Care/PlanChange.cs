namespace Footfall.Data.Entities;

/// <summary>A clinician's change to a runner's recovery plan: what changed, by whom, when and why; the runner sees every one.</summary>
public class PlanChange : IOwned
{
    public Guid Id { get; set; }

    public required string OwnerId { get; set; }

    public required string ChangedById { get; set; }

    public required string ChangedByName { get; set; }

    public DateTime AtUtc { get; set; }

    public string? FromConditionId { get; set; }

    public string? ToConditionId { get; set; }

    public int? FromStage { get; set; }

    public int? ToStage { get; set; }

    /// <summary>Exercises and dosage as the clinician wrote them.</summary>
    public string? Exercises { get; set; }

    public required string Reason { get; set; }
}
