namespace Footfall.Data.Entities;

/// <summary>A finished assessment a signed-in runner kept: the case as answered and the result as shown.</summary>
public class SavedAssessment : IOwned
{
    public Guid Id { get; set; }

    public required string OwnerId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>The case in the case-file JSON format (spec/case-format.md).</summary>
    public required string CaseJson { get; set; }

    /// <summary>The result JSON as the engine produced it when saved.</summary>
    public required string ResultJson { get; set; }

    /// <summary>The triage level id, e.g. <c>self_care</c>, for lists without parsing the result.</summary>
    public required string Triage { get; set; }

    /// <summary>The most likely condition's id, if any.</summary>
    public string? TopConditionId { get; set; }
}
