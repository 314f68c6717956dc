namespace Footfall.Assessment.Knowledge;

/// <summary>
/// A number a source states (knowledge/sources.yaml <c>figures</c>), with the population it comes
/// from. A likelihood or reference rate that names a source must agree with one of its figures.
/// Each value is a range; a single published value is a range of one point.
/// </summary>
/// <param name="Source">The source id.</param>
/// <param name="FindingId">The finding the figure is about.</param>
/// <param name="ConditionId">The condition it is about.</param>
/// <param name="Sensitivity">P(finding | condition), when stated.</param>
/// <param name="Specificity">P(no finding | not the condition), when stated: the finding's reference rate is 1 minus it.</param>
/// <param name="Share">The share of the condition that has the finding, when stated.</param>
/// <param name="PositiveLikelihoodRatio">LR+, when stated without sensitivity and specificity.</param>
/// <param name="Population">Who the figure was measured in.</param>
public sealed record PublishedFigure(
    string Source,
    string FindingId,
    string ConditionId,
    (double Low, double High)? Sensitivity,
    (double Low, double High)? Specificity,
    (double Low, double High)? Share,
    (double Low, double High)? PositiveLikelihoodRatio,
    string Population)
{
    /// <summary>Tolerance for a probability against a stated value (rounding of the published figure).</summary>
    public const double ProbabilityTolerance = 0.005;

    /// <summary>Relative tolerance for a likelihood ratio against a stated value.</summary>
    public const double RatioTolerance = 0.02;

    /// <summary>A short text of the figure for tables, such as "sens 0.89, spec 0.25".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        Add("sens", Sensitivity);
        Add("spec", Specificity);
        Add("share", Share);
        Add("LR+", PositiveLikelihoodRatio);
        return string.Join(", ", parts);

        void Add(string name, (double Low, double High)? range)
        {
            if (range is { } r)
            {
                parts.Add(r.Low == r.High
                    ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name} {r.Low:0.###}")
                    : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name} {r.Low:0.###}-{r.High:0.###}"));
            }
        }
    }

    /// <summary>Whether P(finding | condition) = <paramref name="p"/> with reference rate
    /// <paramref name="baseRate"/> agrees with this figure.</summary>
    public bool Supports(double p, double baseRate)
    {
        if (Sensitivity is { } sens)
        {
            return Within(p, sens, ProbabilityTolerance);
        }

        if (Share is { } share)
        {
            return Within(p, share, ProbabilityTolerance);
        }

        return PositiveLikelihoodRatio is { } lr
            && p / baseRate >= lr.Low * (1 - RatioTolerance) && p / baseRate <= lr.High * (1 + RatioTolerance);
    }

    /// <summary>Whether a reference rate agrees with this figure's specificity (base = 1 - spec).</summary>
    public bool SupportsBase(double baseRate) =>
        Specificity is { } spec && Within(1 - baseRate, spec, ProbabilityTolerance);

    private static bool Within(double value, (double Low, double High) range, double tolerance) =>
        value >= range.Low - tolerance && value <= range.High + tolerance;
}
