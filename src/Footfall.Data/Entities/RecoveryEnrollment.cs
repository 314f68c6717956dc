namespace Footfall.Data.Entities;

/// <summary>The recovery plan a runner follows, and where in it they are.</summary>
public class RecoveryEnrollment : IOwned
{
    public Guid Id { get; set; }

    public required string OwnerId { get; set; }

    /// <summary>The condition id the plan is for.</summary>
    public required string ConditionId { get; set; }

    /// <summary>The saved assessment that led to it, if any.</summary>
    public Guid? AssessmentId { get; set; }

    public DateOnly StartedOn { get; set; }

    /// <summary>Index of the current stage (phases, then the readiness gate and the return to running).</summary>
    public int StageIndex { get; set; }

    /// <summary>Day of the walk-run table (from 1) while in the walk-run return; 0 otherwise.</summary>
    public int WalkRunDay { get; set; }

    /// <summary>The runner's latest test results and clinician decisions for the phase criteria, as JSON; null before any.</summary>
    public string? EvidenceJson { get; set; }

    public DateOnly StageStartedOn { get; set; }

    /// <summary>True while this is the runner's current plan.</summary>
    public bool Active { get; set; }
}
