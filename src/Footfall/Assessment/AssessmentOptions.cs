namespace Footfall.Assessment;

/// <summary>Tuning of the interview and explanations. The defaults are Footfall's policy.</summary>
public sealed record AssessmentOptions
{
    /// <summary>The interview stops after this many answered findings (not-sure answers count). Default 25: most
    /// interviews stop well before it (DESIGN.md aims at 10 to 20 questions).</summary>
    public int QuestionCap { get; init; } = 25;

    /// <summary>The interview stops once the leading condition reaches this probability (default 0.9),
    /// after the warning-sign screen and its follow-ups.</summary>
    public double StopProbability { get; init; } = 0.9;

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

    public static AssessmentOptions Default { get; } = new();
}
