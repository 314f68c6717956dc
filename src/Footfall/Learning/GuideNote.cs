namespace Footfall.Learning;

/// <summary>What a condition guide needs beyond the rest of the knowledge (knowledge/learning/guides.yaml).</summary>
/// <param name="ConditionId">The condition (conditions.yaml).</param>
/// <param name="Who">Who usually gets it, in plain words.</param>
/// <param name="WhoSources">Source ids behind <paramref name="Who"/> (sources.yaml, or <c>expert</c>).</param>
/// <param name="Duration">The usual course for a condition without a recovery plan, else null.</param>
/// <param name="DurationSources">Source ids behind <paramref name="Duration"/>.</param>
public sealed record GuideNote(string ConditionId, string Who, IReadOnlyList<string> WhoSources, string? Duration, IReadOnlyList<string> DurationSources);
