using System.Text.Json.Serialization;

namespace Footfall.Assessment.Contract;

/// <summary>A finding answered from imported training data.</summary>
/// <param name="Id">The finding id.</param>
/// <param name="Description">What in the data gave it, in plain words.</param>
public sealed record DataEvidenceDocument(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("description")] string Description);
