using System.Globalization;
using System.Text.Json;
using Footfall.Assessment;

namespace Footfall.Web.Features.Assessment;

/// <summary>
/// The web interview so far: age, sex and the answers in the order given (so "back" undoes the last),
/// plus the warning-sign interruptions the runner has already seen. Carried between pages in a
/// protected hidden form field, never in a URL, and never stored for an anonymous runner.
/// </summary>
public sealed record InterviewState(int Age, Sex Sex, IReadOnlyList<InterviewAnswer> Answers, IReadOnlyList<string> SeenWarnings)
{
    public Case ToCase(IReadOnlyDictionary<string, string>? dataSources = null, IReadOnlyDictionary<string, FindingAnswer>? dataEvidence = null)
    {
        var evidence = new Dictionary<string, FindingAnswer>(StringComparer.Ordinal);
        if (dataEvidence is not null)
        {
            foreach (var (id, answer) in dataEvidence)
            {
                evidence[id] = answer;
            }
        }

        foreach (var answer in Answers)
        {
            evidence[answer.FindingId] = answer.Answer;
        }

        // A finding the runner answered is theirs, not data's, even where data had a value for it.
        var sources = dataSources?
            .Where(s => !Answers.Any(a => a.FindingId == s.Key))
            .ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
        return new Case(Age, Sex, evidence, sources);
    }

    public InterviewState With(IEnumerable<InterviewAnswer> answers) =>
        this with { Answers = [.. Answers.Where(a => !answers.Any(n => n.FindingId == a.FindingId)), .. answers] };

    /// <summary>Undo the last step (a checklist counts as one step).</summary>
    public InterviewState Back()
    {
        if (Answers.Count == 0)
        {
            return this;
        }

        var step = Answers[^1].Step;
        return this with { Answers = [.. Answers.Where(a => a.Step != step)] };
    }

    public int Steps => Answers.Count == 0 ? 0 : Answers.Max(a => a.Step);

    public string ToJson() => JsonSerializer.Serialize(new Wire(
        Age,
        Sex == Sex.Female ? "female" : "male",
        [.. Answers.Select(a => new WireAnswer(a.FindingId, Encode(a.Answer), a.Step))],
        [.. SeenWarnings]));

    public static InterviewState FromJson(string json)
    {
        var wire = JsonSerializer.Deserialize<Wire>(json) ?? throw new FormatException("Empty interview state.");
        return new InterviewState(
            wire.Age,
            wire.Sex == "female" ? Sex.Female : Sex.Male,
            [.. wire.Answers.Select(a => new InterviewAnswer(a.Id, Decode(a.Value), a.Step))],
            wire.Seen);
    }

    private static string Encode(FindingAnswer answer) => answer switch
    {
        { Number: { } n } => n.ToString("R", CultureInfo.InvariantCulture),
        { Present: true } => "y",
        { Present: false } => "n",
        _ => "?",
    };

    private static FindingAnswer Decode(string value) => value switch
    {
        "y" => FindingAnswer.Yes,
        "n" => FindingAnswer.No,
        "?" => FindingAnswer.NotSure,
        _ => FindingAnswer.Of(double.Parse(value, CultureInfo.InvariantCulture)),
    };

    private sealed record Wire(int Age, string Sex, List<WireAnswer> Answers, List<string> Seen);

    private sealed record WireAnswer(string Id, string Value, int Step);
}
