using System.Text.Json.Serialization;

namespace Footfall.Assessment.Contract;

/// <summary>One answered finding's effect on a condition.</summary>
/// <param name="Id">The finding id.</param>
/// <param name="Text">The finding in plain words.</param>
/// <param name="Answer">The answer given: yes, no, or the number with its unit.</param>
/// <param name="LikelihoodRatio">The likelihood ratio applied (dimensionless, above 1 for, below 1 against), rounded to 2 decimals.</param>
/// <param name="FromData">Where the answer came from when imported data gave it; left out otherwise.</param>
public sealed record ContributionDocument(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("answer")] string Answer,
    [property: JsonPropertyName("likelihood_ratio")] double LikelihoodRatio,
    [property: JsonPropertyName("from_data"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? FromData);
