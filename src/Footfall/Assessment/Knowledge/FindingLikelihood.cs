namespace Footfall.Assessment.Knowledge;

/// <summary>
/// How often each outcome of a finding occurs in one condition (knowledge/conditions.yaml).
/// For a bool finding the outcomes are present and absent, so <c>Probabilities[0]</c> is the
/// sensitivity P(present | condition); for a number finding they follow the finding's bands.
/// The likelihood ratio of an outcome is its probability here over the finding's reference
/// probability: LR+ = p / base, LR- = (1 - p) / (1 - base).
/// </summary>
/// <param name="FindingId">The finding.</param>
/// <param name="Probabilities">P(outcome | condition) per outcome, each in (0, 1).</param>
/// <param name="Source">Source id in knowledge/sources.yaml, or <c>expert</c>.</param>
public sealed record FindingLikelihood(string FindingId, IReadOnlyList<double> Probabilities, string Source);
