namespace Footfall.Data.Entities;

/// <summary>
/// A clinician's in-clinic examination of a runner as a SOAP note, with the findings recorded, the case
/// the engine re-ran (the runner's answers plus the findings) and the ranking before and after.
/// </summary>
public class Examination : IOwned
{
    public Guid Id { get; set; }

    /// <summary>The runner examined.</summary>
    public required string OwnerId { get; set; }

    public Guid PractitionerId { get; set; }

    public DateTime AtUtc { get; set; }

    public string Subjective { get; set; } = string.Empty;

    public string Objective { get; set; } = string.Empty;

    public string Assessment { get; set; } = string.Empty;

    public string Plan { get; set; } = string.Empty;

    /// <summary>The clinician's own working diagnosis, a condition id or their words.</summary>
    public string? WorkingDiagnosis { get; set; }

    public string? BeforeTopConditionId { get; set; }

    public string? AfterTopConditionId { get; set; }

    /// <summary>The case the engine re-ran, in the case-file format.</summary>
    public required string CaseJson { get; set; }

    /// <summary>The engine's result before the findings (JSON).</summary>
    public required string BeforeResultJson { get; set; }

    /// <summary>The engine's result with the findings (JSON).</summary>
    public required string AfterResultJson { get; set; }
}
