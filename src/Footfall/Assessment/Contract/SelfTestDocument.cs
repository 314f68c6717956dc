using System.Text.Json.Serialization;

namespace Footfall.Assessment.Contract;

/// <summary>A safe test the runner can do at home.</summary>
/// <param name="Id">The self-test id.</param>
/// <param name="Finding">The finding id its outcome answers.</param>
/// <param name="Name">Its name.</param>
/// <param name="How">How to do it.</param>
/// <param name="PositiveMeans">What a positive result points to.</param>
public sealed record SelfTestDocument(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("finding")] string Finding,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("how")] string How,
    [property: JsonPropertyName("positive_means")] string PositiveMeans);
