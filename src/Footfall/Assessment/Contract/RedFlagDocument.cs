using System.Text.Json.Serialization;

namespace Footfall.Assessment.Contract;

/// <summary>A warning sign or triage rule that raised the triage level.</summary>
/// <param name="Id">The rule id from the triage policy.</param>
/// <param name="Level">The triage level id it sets at least.</param>
/// <param name="Reason">The reason in plain words.</param>
/// <param name="Findings">Ids of the findings that set it off.</param>
public sealed record RedFlagDocument(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("level")] string Level,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("findings")] IReadOnlyList<string> Findings);
