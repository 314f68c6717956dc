using Footfall.Assessment;

namespace Footfall.Recovery;

/// <summary>
/// What recovery guidance a result gets: a plan, or for emergency and 24-hour triage no plan and only what
/// to do now.
/// </summary>
/// <param name="ConditionId">The condition the plan was asked for.</param>
/// <param name="Level">The triage level of the result.</param>
/// <param name="Plan">The plan, or null when none is offered.</param>
/// <param name="RunningAllowedNow">False for bone stress injuries until cleared, and whenever no plan is offered.</param>
/// <param name="DoNow">What to do now, in plain language.</param>
public sealed record PlanSelection(string ConditionId, TriageLevel Level, RecoveryPlan? Plan, bool RunningAllowedNow, string DoNow)
{
    public bool HasPlan => Plan is not null;
}
