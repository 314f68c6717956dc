namespace Footfall.Learning;

/// <summary>The guided look at a shoe's sole (knowledge/learning/checks.yaml <c>shoe_wear</c>).</summary>
/// <param name="Patterns">The common wear patterns.</param>
/// <param name="Sources">Source ids for the patterns as a whole.</param>
/// <param name="Mileage">What is known about replacing shoes by distance.</param>
/// <param name="MileageSources">Source ids behind <paramref name="Mileage"/>.</param>
public sealed record ShoeWearCheck(IReadOnlyList<ShoeWearPattern> Patterns, IReadOnlyList<string> Sources, string Mileage, IReadOnlyList<string> MileageSources);
