namespace Footfall.Assessment;

/// <summary>
/// The engine's plan for an interview's next screen: one question, a checklist of findings, or a stop.
/// </summary>
/// <param name="Purpose">Why it is asked (null for a stop).</param>
/// <param name="FindingIds">The finding asked, or the checklist's findings; empty for a stop.</param>
/// <param name="StopReason">Why to stop, or null.</param>
/// <param name="CouldReach">For a follow-up or triage check, the triage level its answer could reach.</param>
/// <param name="DecidesAFiredRule">A follow-up asking the exception of a rule that fired only because the
/// exception is unknown (a pale foot, unless it is fine at rest): asked before the warning interrupts.</param>
public sealed record ScreenPlan(
    QuestionPurpose? Purpose, IReadOnlyList<string> FindingIds, InterviewStopReason? StopReason, TriageLevel? CouldReach = null, bool DecidesAFiredRule = false)
{
    public bool IsStop => StopReason is not null;

    /// <summary>A checklist screen (the opening warning signs or the pain map).</summary>
    public bool IsChecklist => Purpose is QuestionPurpose.Screen or QuestionPurpose.Location;

    public static ScreenPlan Stop(InterviewStopReason reason) => new(null, [], reason);

    public static ScreenPlan Ask(QuestionPurpose purpose, string findingId, TriageLevel? couldReach = null) => new(purpose, [findingId], null, couldReach);
}
