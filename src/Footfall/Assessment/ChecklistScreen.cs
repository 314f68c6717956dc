namespace Footfall.Assessment;

/// <summary>
/// Several findings on one screen, counted as one screen. The opening warning signs are each answered
/// yes, no or not sure (<see cref="EachAnswered"/>); the pain map is ticked, and what is not ticked is
/// "no" (or the whole map "not sure").
/// </summary>
/// <param name="Purpose"><see cref="QuestionPurpose.Screen"/> or <see cref="QuestionPurpose.Location"/>.</param>
/// <param name="Title">The screen's question or heading.</param>
/// <param name="Intro">One sentence under it, or null.</param>
/// <param name="Items">The findings, as questions.</param>
/// <param name="EachAnswered">True when every item needs its own yes, no or not sure.</param>
/// <param name="Number">The screen's number in the interview, from 1.</param>
/// <param name="Result">The assessment so far.</param>
public sealed record ChecklistScreen(
    QuestionPurpose Purpose, string Title, string? Intro, IReadOnlyList<Question> Items, bool EachAnswered, int Number, AssessmentResult Result)
    : InterviewScreen(Result);
