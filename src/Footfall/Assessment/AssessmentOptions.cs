namespace Footfall.Assessment;

/// <summary>Tuning of the interview and explanations. The defaults are Footfall's policy.</summary>
public sealed record AssessmentOptions
{
    /// <summary>The interview stops after this many screens (a checklist counts as one; not-sure answers
    /// count), after any warning-sign follow-up and triage check. Default 20, the upper end of the 10 to
    /// 20 questions DESIGN.md aims at.</summary>
    public int QuestionCap { get; init; } = 20;

    /// <summary>The interview stops once the leading condition reaches this probability (default 0.85),
    /// after the warning-sign screen and its follow-ups.</summary>
    public double StopProbability { get; init; } = 0.85;

    /// <summary>A clear leader stops the interview only after this many screens (default 10, the lower
    /// end of the 10 to 20 questions DESIGN.md aims at), and until then questions of any gain are asked,
    /// so that a quick early lead is checked.</summary>
    public int MinimumQuestions { get; init; } = 10;

    /// <summary>A question is worth asking only if its expected information gain is at least this
    /// many nats (default 0.02); below it the interview stops.</summary>
    public double MinimumInformationGain { get; init; } = 0.02;

    /// <summary>A finding supports (conflicts with) a condition in the explanation when its likelihood
    /// ratio is at least this (at most its inverse). Default 1.5.</summary>
    public double ExplanationRatio { get; init; } = 1.5;

    /// <summary>Conditions below this probability are left out of the result (spec: 0.01).</summary>
    public double ReportProbability { get; init; } = 0.01;

    /// <summary>How many self-tests to suggest at most (default 3).</summary>
    public int MaxSelfTests { get; init; } = 3;

    /// <summary>Findings asked right after the warning-sign screen, before where it hurts. Default:
    /// whether it started with an injury, which decides between the trauma and overuse branches
    /// (and whether the Ottawa rules apply).</summary>
    public IReadOnlyList<string> OpeningQuestions { get; init; } = ["sudden_onset_injury"];


    public static AssessmentOptions Default { get; } = new();
}
