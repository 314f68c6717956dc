namespace Footfall.Recovery;

/// <summary>The criteria for leaving a phase (or passing the readiness gate), each checked.</summary>
public sealed record PhaseReview(IReadOnlyList<CriterionResult> Results)
{
    /// <summary>True only when every criterion is met; an untested criterion is not met.</summary>
    public bool AllMet => Results.All(r => r.Status == CriterionStatus.Met);

    public IEnumerable<CriterionResult> Outstanding => Results.Where(r => r.Status != CriterionStatus.Met);
}
