namespace Footfall.Assessment;

/// <summary>The end of the interview: the final result and why it ended.</summary>
/// <param name="Reason">Why the interview ended.</param>
/// <param name="Result">The final assessment.</param>
public sealed record ResultScreen(InterviewStopReason Reason, AssessmentResult Result) : InterviewScreen(Result);
