using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Footfall.Assessment;
using Footfall.Assessment.Evaluation;
using Footfall.Assessment.Knowledge;

namespace Footfall.Cli.Commands;

/// <summary><c>footfall eval DIR... [--json] [--interview]</c>: scores the engine on one or more vignette
/// folders taken together (spec/case-format.md), with the calibration of the leader's probability.</summary>
public static class EvalCommand
{
    public static Command Build(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var dir = new Argument<string[]>("DIR") { Description = "One or more folders of vignette JSON files, scored together.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print the figures as one JSON object, with the misses." };
        var interview = new Option<bool>("--interview") { Description = "Simulate the interview from age and sex instead of handing over the whole case." };
        var knowledge = AssessCommand.KnowledgeOption();
        var trace = new Option<bool>("--trace") { Description = "Print each vignette's result (with --interview, its questions and answers too).", Hidden = true };
        var command = new Command("eval", "Score the assessment engine on a folder of vignettes.") { dir, json, interview, knowledge, trace };
        command.SetAction(parse => Run(context, parse.GetValue(dir)!, parse.GetValue(json), parse.GetValue(interview), parse.GetValue(knowledge), parse.GetValue(trace)));
        return command;
    }

    private static int Run(CliContext context, string[] dirs, bool json, bool interview, string? knowledgeDir, bool trace)
    {
        foreach (var dir in dirs.Where(d => !Directory.Exists(d)))
        {
            context.Error.WriteLine($"footfall eval: folder '{dir}' does not exist.");
            return 2;
        }

        if (!AssessCommand.TryLoadEngine(context, knowledgeDir, out var engine))
        {
            return 1;
        }

        var vignettes = new List<Vignette>();
        foreach (var file in dirs.SelectMany(dir => Directory.GetFiles(dir, "*.json").Order(StringComparer.Ordinal)))
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
            context.Error.WriteLine($"footfall eval: no *.json vignettes in '{string.Join("', '", dirs)}'.");
            return 1;
        }

        if (trace && !interview)
        {
            foreach (var vignette in vignettes)
            {
                var result = engine.Assess(vignette.Case);
                context.Output.WriteLine($"{vignette.Id} {vignette.ExpectedCondition}/{vignette.ExpectedTriage.ToId()} -> {string.Join(", ", result.Conditions.Take(3).Select(c => $"{c.Id} {c.Probability:F3}"))} other {result.OtherCauseProbability:F3} / {result.Triage.ToId()}");
            }
        }

        if (trace && interview)
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

            w.WriteNumber("brier", Math.Round(report.Brier, 4));
            w.WriteStartArray("calibration");
            foreach (var bin in report.Calibration)
            {
                w.WriteStartObject();
                w.WriteNumber("from", bin.Lower);
                w.WriteNumber("to", bin.Upper);
                w.WriteNumber("count", bin.Count);
                w.WriteNumber("right", bin.Right);
                w.WriteNumber("right_share", Math.Round(bin.RightShare, 4));
                w.WriteEndObject();
            }

            w.WriteEndArray();
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

        text.AppendLine(c, $"brier             {report.Brier:F4}");
        foreach (var bin in report.Calibration)
        {
            text.AppendLine(c, $"calibration {bin.Lower:0.00}-{bin.Upper:0.00}  {bin.Count,3} vignettes, leader right {bin.Right,3} ({bin.RightShare:P1})");
        }

        foreach (var miss in report.Misses)
        {
            text.AppendLine(c, $"miss {miss.VignetteId}: expected {miss.ExpectedCondition} / {miss.ExpectedTriage.ToId()}; got {string.Join(", ", miss.TopConditions)} / {miss.Triage.ToId()}{(miss.TriageSafe ? string.Empty : " (unsafe triage)")}");
        }

        return text.ToString().TrimEnd();
    }
}
