namespace Footfall.Assessment.Knowledge;

/// <summary>
/// A distinct way one condition presents (knowledge/conditions.yaml <c>profiles</c>), ranked as its
/// own hypothesis and reported under its condition: acute limb ischaemia is arterial disease that
/// presents suddenly, at rest, with a pale, cold, painful foot, not a variant of claudication.
/// Its likelihoods replace the condition's for the findings it lists; the rest are the condition's.
/// </summary>
/// <param name="Id">Profile id, unique within the knowledge base.</param>
/// <param name="Name">What the profile is, such as "Acute limb ischaemia".</param>
/// <param name="Share">Share of the condition's prior that presents this way, in (0, 1).</param>
/// <param name="Severity">The triage level the profile needs when it is reasonably likely.</param>
/// <param name="Likelihoods">Per finding id, the outcome probabilities that differ from the condition's.</param>
/// <param name="Source">Source id of the share (knowledge/sources.yaml), or <c>expert</c>.</param>
public sealed record ConditionProfile(
    string Id,
    string Name,
    double Share,
    TriageLevel Severity,
    IReadOnlyDictionary<string, FindingLikelihood> Likelihoods,
    string Source);
