using System.Text.Json.Serialization;

namespace Footfall.Assessment.Contract;

/// <summary>One ranked condition of an <see cref="AssessmentResultDocument"/>.</summary>
/// <param name="Id">The condition id from the knowledge (vocabulary.yaml).</param>
/// <param name="Name">Its plain name.</param>
/// <param name="Probability">Posterior probability, 0 to 1, rounded to 4 decimals.</param>
/// <param name="Supporting">Ids of the answered findings that made it more likely, strongest first.</param>
/// <param name="Conflicting">Ids of the answered findings that made it less likely, strongest first.</param>
/// <param name="Severity">The triage level id the condition calls for on its own.</param>
/// <param name="Summary">One plain sentence on what it is.</param>
/// <param name="Explanation">Each supporting and conflicting finding with its answer and likelihood ratio.</param>
/// <param name="WouldHelp">Ids of unknown findings that would best confirm or rule it out.</param>
/// <param name="Advice">What to do for this condition.</param>
public sealed record ConditionDocument(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("probability")] double Probability,
    [property: JsonPropertyName("supporting")] IReadOnlyList<string> Supporting,
    [property: JsonPropertyName("conflicting")] IReadOnlyList<string> Conflicting,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("explanation")] ExplanationDocument Explanation,
    [property: JsonPropertyName("would_help")] IReadOnlyList<string> WouldHelp,
    [property: JsonPropertyName("advice")] ConditionAdviceDocument Advice);
