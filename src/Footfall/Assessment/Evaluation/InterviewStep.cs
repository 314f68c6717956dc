namespace Footfall.Assessment.Evaluation;

/// <summary>One step of a simulated interview: the question asked and the answer given.</summary>
/// <param name="Question">The question.</param>
/// <param name="Answer">The answer from the vignette, or not sure.</param>
public sealed record InterviewStep(Question Question, FindingAnswer Answer);
