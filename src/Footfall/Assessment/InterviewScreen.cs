namespace Footfall.Assessment;

/// <summary>
/// What an <see cref="Interview"/> shows next: a <see cref="QuestionScreen"/>, a
/// <see cref="ChecklistScreen"/>, a <see cref="WarningScreen"/> or the <see cref="ResultScreen"/>.
/// </summary>
/// <param name="Result">The assessment so far (for a result screen, the final one).</param>
public abstract record InterviewScreen(AssessmentResult Result);
