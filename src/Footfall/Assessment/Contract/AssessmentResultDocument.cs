using System.Text.Json.Serialization;

namespace Footfall.Assessment.Contract;

/// <summary>
/// An assessment result as sent over the API and printed by <c>footfall assess --json</c>
/// (spec/case-format.md, "An assessment result"); the OpenAPI description is generated from this type.
/// Probabilities are 0 to 1, rounded to 4 decimals.
/// </summary>
/// <param name="Triage">The triage level id: emergency_ambulance, emergency, consultation_24, consultation or self_care.</param>
/// <param name="Conditions">Every condition with a probability of at least 0.01, most likely first.</param>
/// <param name="OtherCauseProbability">Probability, 0 to 1, that the cause is none of the listed conditions.</param>
/// <param name="RedFlags">The findings or rules that raised the triage level, each with a plain reason.</param>
/// <param name="NextQuestion">The most useful finding still unknown; null when <paramref name="ShouldStop"/>.</param>
/// <param name="ShouldStop">Whether asking more would not change the answer.</param>
/// <param name="StopReason">Why the interview stops, or null while it goes on.</param>
/// <param name="Advice">What to do now and when to seek care.</param>
/// <param name="SelfTests">Safe tests the runner can do at home to tell the likely causes apart.</param>
/// <param name="DataEvidence">Findings that came from imported training data, with where from.</param>
/// <param name="Answered">How many findings were answered.</param>
/// <param name="Notice">Guidance, not a diagnosis, and when to seek care.</param>
public sealed record AssessmentResultDocument(
    [property: JsonPropertyName("triage")] string Triage,
    [property: JsonPropertyName("conditions")] IReadOnlyList<ConditionDocument> Conditions,
    [property: JsonPropertyName("other_cause_probability")] double OtherCauseProbability,
    [property: JsonPropertyName("red_flags")] IReadOnlyList<RedFlagDocument> RedFlags,
    [property: JsonPropertyName("next_question")] QuestionDocument? NextQuestion,
    [property: JsonPropertyName("should_stop")] bool ShouldStop,
    [property: JsonPropertyName("stop_reason")] string? StopReason,
    [property: JsonPropertyName("advice")] AdviceDocument Advice,
    [property: JsonPropertyName("self_tests")] IReadOnlyList<SelfTestDocument> SelfTests,
    [property: JsonPropertyName("data_evidence")] IReadOnlyList<DataEvidenceDocument> DataEvidence,
    [property: JsonPropertyName("answered")] int Answered,
    [property: JsonPropertyName("notice")] string Notice);
