using System.Text.Json.Serialization;

namespace Footfall.Assessment.Contract;

/// <summary>Why a condition ranks where it does: the findings for and against it.</summary>
public sealed record ExplanationDocument(
    [property: JsonPropertyName("supporting")] IReadOnlyList<ContributionDocument> Supporting,
    [property: JsonPropertyName("conflicting")] IReadOnlyList<ContributionDocument> Conflicting);
