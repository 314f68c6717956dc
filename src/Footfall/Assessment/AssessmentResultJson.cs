using System.Text;
using System.Text.Json;
using Footfall.Assessment.Knowledge;

namespace Footfall.Assessment;

/// <summary>
/// Writes an <see cref="AssessmentResult"/> as the JSON object of spec/case-format.md: <c>triage</c>,
/// <c>conditions</c> (<c>id</c>, <c>name</c>, <c>probability</c>, <c>supporting</c>, <c>conflicting</c>),
/// <c>red_flags</c>, <c>next_question</c> (<c>id</c>, <c>text</c>, or null) and <c>should_stop</c>, plus
/// extra keys: per condition <c>severity</c>, <c>summary</c>, <c>explanation</c>, <c>would_help</c>,
/// <c>advice</c>; and <c>other_cause_probability</c>, <c>stop_reason</c>, <c>advice</c>,
/// <c>self_tests</c>, <c>data_evidence</c>, <c>answered</c>, <c>notice</c>. Probabilities are rounded
/// to 4 decimals.
/// </summary>
public static class AssessmentResultJson
{
    public static string Serialize(AssessmentResult result, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
        {
            Write(writer, result);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Utf8JsonWriter writer, AssessmentResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WriteString("triage", result.Triage.ToId());
        writer.WriteStartArray("conditions");
        foreach (var c in result.Conditions)
        {
            writer.WriteStartObject();
            writer.WriteString("id", c.Id);
            writer.WriteString("name", c.Name);
            writer.WriteNumber("probability", Math.Round(c.Probability, 4));
            WriteIds(writer, "supporting", c.Supporting.Select(s => s.FindingId));
            WriteIds(writer, "conflicting", c.Conflicting.Select(s => s.FindingId));
            writer.WriteString("severity", c.Severity.ToId());
            writer.WriteString("summary", c.Summary);
            writer.WriteStartObject("explanation");
            WriteContributions(writer, "supporting", c.Supporting);
            WriteContributions(writer, "conflicting", c.Conflicting);
            writer.WriteEndObject();
            WriteIds(writer, "would_help", c.WouldHelp);
            writer.WriteStartObject("advice");
            writer.WriteString("running", RunningId(c.Advice.Running));
            writer.WriteString("now", c.Advice.Now);
            writer.WriteString("see_someone_if", c.Advice.SeeSomeoneIf);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber("other_cause_probability", Math.Round(result.OtherCauseProbability, 4));
        writer.WriteStartArray("red_flags");
        foreach (var flag in result.RedFlags)
        {
            writer.WriteStartObject();
            writer.WriteString("id", flag.RuleId);
            writer.WriteString("level", flag.Level.ToId());
            writer.WriteString("reason", flag.Reason);
            WriteIds(writer, "findings", flag.FindingIds);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (result.NextQuestion is { } q)
        {
            writer.WriteStartObject("next_question");
            writer.WriteString("id", q.FindingId);
            writer.WriteString("text", q.Text);
            writer.WriteString("kind", q.Kind == FindingKind.Bool ? "bool" : "number");
            if (q.Kind == FindingKind.Number)
            {
                writer.WriteString("unit", q.Unit);
                writer.WriteStartArray("range");
                writer.WriteNumberValue(q.Minimum);
                writer.WriteNumberValue(q.Maximum);
                writer.WriteEndArray();
            }

            writer.WriteString("group", q.Group);
            writer.WriteString("group_title", q.GroupTitle);
            writer.WriteString("purpose", q.Purpose.ToId());
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("next_question");
        }

        writer.WriteBoolean("should_stop", result.ShouldStop);
        if (result.StopReason is null)
        {
            writer.WriteNull("stop_reason");
        }
        else
        {
            writer.WriteString("stop_reason", result.StopReason.Value.ToId());
        }

        writer.WriteStartObject("advice");
        writer.WriteString("running", RunningId(result.Advice.Running));
        writer.WriteString("headline", result.Advice.Headline);
        WriteIds(writer, "now", result.Advice.Now);
        WriteIds(writer, "when_to_seek_care", result.Advice.WhenToSeekCare);
        writer.WriteEndObject();
        writer.WriteStartArray("self_tests");
        foreach (var t in result.SelfTests)
        {
            writer.WriteStartObject();
            writer.WriteString("id", t.Id);
            writer.WriteString("finding", t.FindingId);
            writer.WriteString("name", t.Name);
            writer.WriteString("how", t.How);
            writer.WriteString("positive_means", t.PositiveMeans);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("data_evidence");
        foreach (var d in result.DataEvidence)
        {
            writer.WriteStartObject();
            writer.WriteString("id", d.FindingId);
            writer.WriteString("description", d.Description);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber("answered", result.Answered);
        writer.WriteString("notice", result.Notice);
        writer.WriteEndObject();
    }

    /// <summary>The snake_case id of a running advice: keep_running, reduce, stop_cross_train, see_someone.</summary>
    public static string RunningId(RunningAdvice running) => running switch
    {
        RunningAdvice.KeepRunning => "keep_running",
        RunningAdvice.Reduce => "reduce",
        RunningAdvice.StopAndCrossTrain => "stop_cross_train",
        _ => "see_someone",
    };

    private static void WriteIds(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var v in values)
        {
            writer.WriteStringValue(v);
        }

        writer.WriteEndArray();
    }

    private static void WriteContributions(Utf8JsonWriter writer, string name, IReadOnlyList<FindingContribution> items)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writer.WriteStartObject();
            writer.WriteString("id", item.FindingId);
            writer.WriteString("text", item.Text);
            writer.WriteString("answer", item.Answer);
            writer.WriteNumber("likelihood_ratio", Math.Round(item.LikelihoodRatio, 2));
            if (item.FromData is not null)
            {
                writer.WriteString("from_data", item.FromData);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
