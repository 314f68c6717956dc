namespace Footfall.Learning;

/// <summary>A common pattern of sole wear and what it suggests (knowledge/learning/checks.yaml).</summary>
/// <param name="Id">Stable id; also the name of its drawing (wwwroot/img/shoe-wear/{id}.svg).</param>
/// <param name="Name">Short name.</param>
/// <param name="Looks">What it looks like on the sole.</param>
/// <param name="Suggests">What it suggests, and how much (an expert estimate unless a source says more).</param>
/// <param name="ConditionIds">Conditions it can go with, whose guides are linked.</param>
/// <param name="Sources">Source ids (sources.yaml, or <c>expert</c>).</param>
public sealed record ShoeWearPattern(string Id, string Name, string Looks, string Suggests, IReadOnlyList<string> ConditionIds, IReadOnlyList<string> Sources);
