using System.Text.Json.Serialization;

namespace Footfall.Assessment.Contract;

/// <summary>The next question of an interview.</summary>
/// <param name="Id">The finding id to answer.</param>
/// <param name="Text">The question in plain words.</param>
/// <param name="Kind"><c>bool</c> or <c>number</c>.</param>
/// <param name="Unit">For a number: its unit (such as <c>weeks</c> or <c>%</c>); left out for a yes/no question or a number without one.</param>
/// <param name="Range">For a number: the lowest and highest accepted value, in <paramref name="Unit"/>; left out otherwise.</param>
/// <param name="Group">The id of the question group (screen) it belongs to.</param>
/// <param name="GroupTitle">That group's title.</param>
/// <param name="Purpose">Why it is asked: screen, recheck, follow_up, opening, location, information or triage_check.</param>
public sealed record QuestionDocument(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("unit"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Unit,
    [property: JsonPropertyName("range"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<double>? Range,
    [property: JsonPropertyName("group")] string Group,
    [property: JsonPropertyName("group_title")] string GroupTitle,
    [property: JsonPropertyName("purpose")] string Purpose);
