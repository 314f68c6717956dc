namespace Footfall.Assessment;

/// <summary>One step an interview took: the answers of one screen, a warning acknowledged, or finishing.</summary>
/// <param name="Kind">What the step did.</param>
/// <param name="Purpose">For an answer, why the screen was shown.</param>
/// <param name="Answers">For an answer, the findings answered on the screen, in order.</param>
/// <param name="Acknowledged">For an acknowledgement, the rule ids acknowledged.</param>
public sealed record InterviewStep(
    InterviewStepKind Kind,
    QuestionPurpose? Purpose,
    IReadOnlyList<KeyValuePair<string, FindingAnswer>> Answers,
    IReadOnlyList<string> Acknowledged)
{
    public static InterviewStep Answer(QuestionPurpose purpose, IReadOnlyList<KeyValuePair<string, FindingAnswer>> answers) =>
        new(InterviewStepKind.Answer, purpose, answers, []);

    public static InterviewStep Acknowledge(IReadOnlyList<string> rules) => new(InterviewStepKind.Acknowledge, null, [], rules);

    public static InterviewStep Finish { get; } = new(InterviewStepKind.Finish, null, [], []);
}
