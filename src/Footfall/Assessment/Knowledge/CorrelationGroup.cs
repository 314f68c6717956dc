namespace Footfall.Assessment.Knowledge;

/// <summary>
/// Findings that tend to go together in one patient (knowledge/findings.yaml <c>correlated</c>),
/// such as several signs of the same bone stress: their likelihood ratios must not multiply as if
/// independent. Per hypothesis the strongest supporting and the strongest opposing answer of the
/// group count in full; every further answer of the group counts with its log likelihood ratio
/// multiplied by <see cref="Damping"/>.
/// </summary>
/// <param name="Id">Group id.</param>
/// <param name="FindingIds">The findings of the group; a finding belongs to one group at most.</param>
/// <param name="Damping">Weight in [0, 1] of the answers after the strongest (0: only the strongest counts; 1: independent).</param>
/// <param name="Why">Why the findings are correlated.</param>
/// <param name="Source">Source id of the damping (knowledge/sources.yaml), or <c>expert</c>.</param>
public sealed record CorrelationGroup(string Id, IReadOnlyList<string> FindingIds, double Damping, string Why, string Source);
