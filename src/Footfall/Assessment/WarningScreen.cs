namespace Footfall.Assessment;

/// <summary>
/// A warning sign interrupting the interview at once: the new red flags, their level, and whether the
/// runner may go on with the questions (never for an emergency).
/// </summary>
/// <param name="Warnings">The red flags not yet acknowledged, most urgent first.</param>
/// <param name="Level">The most urgent of their levels.</param>
/// <param name="CanContinue">False for an emergency: the only way on is the result.</param>
/// <param name="Result">The assessment so far.</param>
public sealed record WarningScreen(IReadOnlyList<RedFlag> Warnings, TriageLevel Level, bool CanContinue, AssessmentResult Result) : InterviewScreen(Result);
