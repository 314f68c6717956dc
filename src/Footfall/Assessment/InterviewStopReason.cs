namespace Footfall.Assessment;

/// <summary>Why an interview ended on its result.</summary>
public enum InterviewStopReason
{
    /// <summary>An emergency rule fired and nothing could make it more urgent.</summary>
    RedFlag,

    /// <summary>The leading condition is clear (at least the stop probability) after enough screens.</summary>
    LeaderClear,

    /// <summary>No question left is worth asking.</summary>
    NothingWorthAsking,

    /// <summary>The screen cap was reached (warning-sign follow-ups and triage checks come first).</summary>
    QuestionCap,

    /// <summary>The runner asked to see the result now.</summary>
    RunnerFinished,
}
