using System.Text.Json;
using System.Text.Json.Serialization;
using Footfall.Assessment;

namespace Footfall.Web.Features.Assessment;

/// <summary>
/// The web interview so far: age, sex and the steps taken (the domain <see cref="Interview"/> is
/// rebuilt from them on each request), and when it began, so that it expires. Kept sealed in an
/// HttpOnly cookie (<see cref="InterviewCookie"/>), never in a URL, and never stored for an anonymous runner.
/// </summary>
public sealed record InterviewState(int Age, Sex Sex, IReadOnlyList<InterviewStep> Steps, DateTimeOffset StartedAt)
{
    public static InterviewState Of(Interview interview, DateTimeOffset startedAt)
    {
        ArgumentNullException.ThrowIfNull(interview);
        return new InterviewState(interview.Age, interview.Sex, interview.Steps, startedAt);
    }

    public string ToJson() => JsonSerializer.Serialize(new Wire(
        Age,
        Sex == Sex.Female ? "f" : "m",
        StartedAt.ToUnixTimeSeconds(),
        [.. Steps.Select(s => new WireStep(
            s.Kind switch { InterviewStepKind.Answer => "a", InterviewStepKind.Acknowledge => "w", _ => "r" },
            s.Purpose?.ToId(),
            s.Answers.Count == 0 ? null : [.. s.Answers.Select(a => new[] { a.Key, Encode(a.Value) })],
            s.Acknowledged.Count == 0 ? null : [.. s.Acknowledged]))]), WireContext.Default.Wire);

    /// <exception cref="FormatException">The text is not an interview state.</exception>
    public static InterviewState FromJson(string json)
    {
        var wire = JsonSerializer.Deserialize(json, WireContext.Default.Wire) ?? throw new FormatException("Empty interview state.");
        var purposes = Enum.GetValues<QuestionPurpose>().ToDictionary(p => p.ToId(), StringComparer.Ordinal);
        var steps = wire.Steps.Select(s => s.Kind switch
        {
            "a" => InterviewStep.Answer(
                purposes.TryGetValue(s.Purpose ?? string.Empty, out var p) ? p : throw new FormatException("Unknown purpose."),
                [.. (s.Answers ?? []).Select(a => a.Length == 2 ? new KeyValuePair<string, FindingAnswer>(a[0], Decode(a[1])) : throw new FormatException("Bad answer."))]),
            "w" => InterviewStep.Acknowledge(s.Acknowledged ?? []),
            "r" => InterviewStep.Finish,
            _ => throw new FormatException("Unknown step."),
        }).ToArray();
        return new InterviewState(wire.Age, wire.Sex == "f" ? Sex.Female : Sex.Male, steps, DateTimeOffset.FromUnixTimeSeconds(wire.Started));
    }

    private static string Encode(FindingAnswer answer) => answer switch
    {
        { Number: { } n } => n.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        { Present: true } => "y",
        { Present: false } => "n",
        _ => "?",
    };

    private static FindingAnswer Decode(string value) => value switch
    {
        "y" => FindingAnswer.Yes,
        "n" => FindingAnswer.No,
        "?" => FindingAnswer.NotSure,
        _ => double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n) && double.IsFinite(n)
            ? FindingAnswer.Of(n)
            : throw new FormatException("Bad number."),
    };

    internal sealed record Wire(int Age, string Sex, long Started, List<WireStep> Steps);

    internal sealed record WireStep(
        [property: JsonPropertyName("k")] string Kind,
        [property: JsonPropertyName("p")] string? Purpose,
        [property: JsonPropertyName("a")] List<string[]>? Answers,
        [property: JsonPropertyName("w")] List<string>? Acknowledged);
}

[JsonSerializable(typeof(InterviewState.Wire))]
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
internal sealed partial class WireContext : JsonSerializerContext;
