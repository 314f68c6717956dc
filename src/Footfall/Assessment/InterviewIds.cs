namespace Footfall.Assessment;

/// <summary>The snake_case ids of <see cref="QuestionPurpose"/> and <see cref="InterviewStopReason"/> used in JSON.</summary>
public static class InterviewIds
{
    public static string ToId(this QuestionPurpose purpose) => purpose switch
    {
        QuestionPurpose.Screen => "screen",
        QuestionPurpose.Recheck => "recheck",
        QuestionPurpose.FollowUp => "follow_up",
        QuestionPurpose.Opening => "opening",
        QuestionPurpose.Location => "location",
        QuestionPurpose.Information => "information",
        QuestionPurpose.TriageCheck => "triage_check",
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, null),
    };

    public static string ToId(this InterviewStopReason reason) => reason switch
    {
        InterviewStopReason.RedFlag => "red_flag",
        InterviewStopReason.LeaderClear => "leader_clear",
        InterviewStopReason.NothingWorthAsking => "nothing_worth_asking",
        InterviewStopReason.QuestionCap => "question_cap",
        InterviewStopReason.RunnerFinished => "runner_finished",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
