using Footfall.Assessment.Knowledge;

namespace Footfall.Assessment;

/// <summary>
/// The outcome of assessing a case (spec/case-format.md "An assessment result"): the triage level,
/// the ranked conditions with their explanations, the red flags that fired, the next question of an
/// interview and whether to stop, plus advice, self-tests and the guidance notice.
/// </summary>
public sealed record AssessmentResult
{
    /// <summary>The most urgent of the red-flag rules and of the likely conditions' severities.</summary>
    public required TriageLevel Triage { get; init; }

    /// <summary>Conditions with probability at least 0.01, most likely first.</summary>
    public required IReadOnlyList<ConditionAssessment> Conditions { get; init; }

    /// <summary>Probability that none of the known conditions explains it (the "other cause" leak).</summary>
    public required double OtherCauseProbability { get; init; }

    /// <summary>Rules that fired, most urgent first.</summary>
    public required IReadOnlyList<RedFlag> RedFlags { get; init; }

    /// <summary>The most useful question still unknown; null when <see cref="ShouldStop"/>.</summary>
    public required Question? NextQuestion { get; init; }

    /// <summary>True when the interview should end and show this result.</summary>
    public required bool ShouldStop { get; init; }

    /// <summary>Why the interview stops, or null while it goes on.</summary>
    public required InterviewStopReason? StopReason { get; init; }

    /// <summary>The engine's plan for the interview's next screen (a question, a checklist or a stop).</summary>
    public required ScreenPlan Plan { get; init; }

    /// <summary>Whether the picture is clear: a condition at 50% or more that is more likely than a cause
    /// Footfall does not cover (triage policy: a result without one is seen by someone).</summary>
    public required bool ClearPicture { get; init; }

    public required AssessmentAdvice Advice { get; init; }

    /// <summary>Self-tests that would sharpen the picture (none when the triage is an emergency).</summary>
    public required IReadOnlyList<SelfTestDefinition> SelfTests { get; init; }

    /// <summary>Findings in the case that came from imported data.</summary>
    public required IReadOnlyList<DataEvidence> DataEvidence { get; init; }

    /// <summary>Number of findings answered (including "not sure").</summary>
    public required int Answered { get; init; }

    /// <summary>The guidance-not-diagnosis notice (<see cref="FootfallInfo.GuidanceNotice"/>).</summary>
    public string Notice { get; init; } = FootfallInfo.GuidanceNotice;
}
