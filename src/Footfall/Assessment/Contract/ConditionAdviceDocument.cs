using System.Text.Json.Serialization;

namespace Footfall.Assessment.Contract;

/// <summary>A condition's own advice.</summary>
/// <param name="Running">keep_running, reduce, stop_cross_train or see_someone.</param>
/// <param name="Now">What to do now.</param>
/// <param name="SeeSomeoneIf">When to see a clinician for it.</param>
public sealed record ConditionAdviceDocument(
    [property: JsonPropertyName("running")] string Running,
    [property: JsonPropertyName("now")] string Now,
    [property: JsonPropertyName("see_someone_if")] string SeeSomeoneIf);
