namespace Footfall.Assessment;

/// <summary>One question: yes / no / not sure, or a number.</summary>
/// <param name="Question">The question, with its purpose (a re-ask carries the plainer words).</param>
/// <param name="Number">The screen's number in the interview, from 1.</param>
/// <param name="Result">The assessment so far.</param>
public sealed record QuestionScreen(Question Question, int Number, AssessmentResult Result) : InterviewScreen(Result);
