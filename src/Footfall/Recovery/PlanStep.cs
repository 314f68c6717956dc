using Footfall.Recovery.CheckIns;

namespace Footfall.Recovery;

/// <summary>The result of a check-in for the plan: the daily advice and where the runner stands next.</summary>
/// <param name="From">The position before the check-in.</param>
/// <param name="Position">The position for tomorrow.</param>
/// <param name="Advice">Progress, hold or step back, with the deciding rule.</param>
/// <param name="Review">The exit criteria of the phase when a move on was considered; otherwise null.</param>
/// <param name="Explanation">What happens to the plan, in plain language.</param>
public sealed record PlanStep(PlanPosition From, PlanPosition Position, ProgressionAdvice Advice, PhaseReview? Review, string Explanation)
{
    public bool Moved => From != Position;
}
