using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Footfall.Assessment;
using Footfall.Assessment.Evaluation;
using Footfall.Assessment.Knowledge;

namespace Footfall.Cli.Commands;

/// <summary><c>footfall eval DIR [--json] [--interview]</c>: scores the engine on a vignette folder (spec/case-format.md).</summary>
public static class EvalCommand
{
    public static Command Build(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var dir = new Argument<string>("DIR") { Description = "A folder of vignette JSON files." };
        var json = new Option<bool>("--json") { Description = "Print the figures as one JSON object, with the misses." };
        var interview = new Option<bool>("--interview") { Description = "Simulate the interview from age and sex instead of handing over the whole case." };
        var knowledge = AssessCommand.KnowledgeOption();
        var trace = new Option<bool>("--trace") { Description = "With --interview, print each vignette's questions and answers.", Hidden = true };
        var command = new Command("eval", "Score the assessment engine on a folder of vignettes.") { dir, json, interview, knowledge, trace };
        command.SetAction(parse => Run(context, parse.GetValue(dir)!, parse.GetValue(json), parse.GetValue(interview), parse.GetValue(knowledge), parse.GetValue(trace)));
        return command;
    }

    private static int Run(CliContext context, string dir, bool json, bool interview, string? knowledgeDir, bool trace)
    {
        if (!Directory.Exists(dir))
        {
            context.Error.WriteLine($"footfall eval: folder '{dir}' does not exist.");
            return 2;
        }

        if (!AssessCommand.TryLoadEngine(context, knowledgeDir, out var engine))
        {
            return 1;
        }

        var vignettes = new List<Vignette>();
        foreach (var file in Directory.GetFiles(dir, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                vignettes.Add(VignetteJson.Parse(File.ReadAllText(file), engine.Knowledge));
            }
            catch (CaseFormatException ex)
            {
                context.Error.WriteLine($"footfall eval: {Path.GetFileName(file)}: {ex.Message}");
                return 1;
            }
        }

        if (vignettes.Count == 0)
        {
            context.Error.WriteLine($"footfall eval: no *.json vignettes in '{dir}'.");
            return 1;
        }

        if (trace)
        {
            foreach (var vignette in vignettes)
            {
                var (result, _) = EvaluationRun.Interview(engine, vignette.Case, (screen, after) => context.Output.WriteLine(
                    $"{vignette.Id} {Describe(screen)} => {string.Join(" ", after.Steps[^1].Answers.Select(a => a.Key + "=" + AnswerText(a.Value)))}"));
                context.Output.WriteLine($"{vignette.Id} -> {string.Join(", ", result.Conditions.Take(3).Select(c => $"{c.Id} {c.Probability:F2}"))} / {result.Triage.ToId()} ({result.StopReason?.ToId()})");
            }
        }

        var report = EvaluationRun.Score(engine, vignettes, interview);
        context.Output.WriteLine(json ? ToJson(report) : ToText(report));
        return 0;
    }

    private static string Describe(InterviewScreen screen) => screen switch
    {
        QuestionScreen q => $"{q.Question.Purpose.ToId(),-12} {q.Question.FindingId}",
        ChecklistScreen c => $"{c.Purpose.ToId(),-12} checklist of {c.Items.Count}",
        WarningScreen w => $"{"warning",-12} {string.Join(",", w.Warnings.Select(f => f.RuleId))}",
        _ => "result",
    };

    private static string AnswerText(FindingAnswer answer) =>
        answer.IsNotSure ? "?" : answer.Present?.ToString() ?? answer.Number?.ToString(CultureInfo.InvariantCulture) ?? "?";

    internal static string ToJson(EvaluationReport report)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("vignettes", report.Count);
            w.WriteNumber("top1", Math.Round(report.Top1, 4));
            w.WriteNumber("top3", Math.Round(report.Top3, 4));
            w.WriteNumber("triage_exact", Math.Round(report.TriageExact, 4));
            w.WriteNumber("triage_safe", Math.Round(report.TriageSafe, 4));
            w.WriteNumber("emergency_recall", Math.Round(report.EmergencyRecall, 4));
            w.WriteString("over_under", $"{report.OverTriaged}:{report.UnderTriaged}");
            if (report.QuestionsMedian is { } median)
            {
                w.WriteNumber("questions_median", median);
                w.WriteNumber("questions_max", report.QuestionsMax ?? 0);
            }

            w.WriteStartArray("misses");
            foreach (var miss in report.Misses)
            {
                w.WriteStartObject();
                w.WriteString("id", miss.VignetteId);
                w.WriteString("expected_condition", miss.ExpectedCondition);
                w.WriteString("expected_triage", miss.ExpectedTriage.ToId());
                w.WriteStartArray("top3");
                foreach (var c in miss.TopConditions)
                {
                    w.WriteStringValue(c);
                }

                w.WriteEndArray();
                w.WriteString("triage", miss.Triage.ToId());
                w.WriteBoolean("in_top3", miss.InTop3);
                w.WriteBoolean("triage_safe", miss.TriageSafe);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    internal static string ToText(EvaluationReport report)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"vignettes         {report.Count}");
        text.AppendLine(c, $"top1              {report.Top1:P1}");
        text.AppendLine(c, $"top3              {report.Top3:P1}");
        text.AppendLine(c, $"triage_exact      {report.TriageExact:P1}");
        text.AppendLine(c, $"triage_safe       {report.TriageSafe:P1}");
        text.AppendLine(c, $"emergency_recall  {report.EmergencyRecall:P1}");
        text.AppendLine(c, $"over_under        {report.OverTriaged}:{report.UnderTriaged}");
        if (report.QuestionsMedian is { } median)
        {
            text.AppendLine(c, $"questions_median  {median}");
            text.AppendLine(c, $"questions_max     {report.QuestionsMax}");
        }

        foreach (var miss in report.Misses)
        {
            text.AppendLine(c, $"miss {miss.VignetteId}: expected {miss.ExpectedCondition} / {miss.ExpectedTriage.ToId()}; got {string.Join(", ", miss.TopConditions)} / {miss.Triage.ToId()}{(miss.TriageSafe ? string.Empty : " (unsafe triage)")}");
        }

        return text.ToString().TrimEnd();
    }
}
