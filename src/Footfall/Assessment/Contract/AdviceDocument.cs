using System.Text.Json.Serialization;

namespace Footfall.Assessment.Contract;

/// <summary>The result's overall advice.</summary>
/// <param name="Running">keep_running, reduce, stop_cross_train or see_someone.</param>
/// <param name="Headline">One line on what to do.</param>
/// <param name="Now">What to do today, one sentence each.</param>
/// <param name="WhenToSeekCare">When to seek care, one sentence each.</param>
public sealed record AdviceDocument(
    [property: JsonPropertyName("running")] string Running,
    [property: JsonPropertyName("headline")] string Headline,
    [property: JsonPropertyName("now")] IReadOnlyList<string> Now,
    [property: JsonPropertyName("when_to_seek_care")] IReadOnlyList<string> WhenToSeekCare);
