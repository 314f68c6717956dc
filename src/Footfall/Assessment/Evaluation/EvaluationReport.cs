namespace Footfall.Assessment.Evaluation;

/// <summary>
/// The figures spec/case-format.md defines for a vignette set. Shares are 0 to 1; a share over an
/// empty set is 1 (nothing missed).
/// </summary>
public sealed record EvaluationReport
{
    public required int Count { get; init; }

    /// <summary>Share whose expected (or an acceptable) condition is ranked first.</summary>
    public required double Top1 { get; init; }

    /// <summary>Share whose expected (or an acceptable) condition is within the first three.</summary>
    public required double Top3 { get; init; }

    public required double TriageExact { get; init; }

    /// <summary>Share triaged at the expected level, more urgent, or (for expected consultation or
    /// self_care only) one level less urgent.</summary>
    public required double TriageSafe { get; init; }

    /// <summary>Of vignettes expected at emergency or emergency_ambulance, the share triaged emergency or more urgent.</summary>
    public required double EmergencyRecall { get; init; }

    public required int OverTriaged { get; init; }

    public required int UnderTriaged { get; init; }

    /// <summary>Median questions asked (interview mode only).</summary>
    public double? QuestionsMedian { get; init; }

    /// <summary>Most questions asked (interview mode only).</summary>
    public int? QuestionsMax { get; init; }

    /// <summary>Brier score of the leader: the mean of (p - right)^2 over the vignettes, where p is the
    /// leading condition's probability and right is 1 when it is the expected (or an acceptable)
    /// condition, else 0. 0 is perfect; always answering 0.5 scores 0.25.</summary>
    public required double Brier { get; init; }

    /// <summary>Calibration of the leader's probability in the bins of <see cref="CalibrationBin.Edges"/>.</summary>
    public required IReadOnlyList<CalibrationBin> Calibration { get; init; }

    public required IReadOnlyList<EvaluationMiss> Misses { get; init; }
}
