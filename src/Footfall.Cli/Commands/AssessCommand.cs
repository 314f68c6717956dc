using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Footfall.Assessment;
using Footfall.Assessment.Knowledge;

namespace Footfall.Cli.Commands;

/// <summary>
/// <c>footfall assess --case FILE [--json]</c> assesses a case file (spec/case-format.md);
/// <c>footfall assess</c> runs the interview in the terminal, one question at a time
/// ('b' goes back, 's' skips as not sure), reading answers line by line so that piped input works.
/// Exit codes: 0 done, 1 bad case or knowledge, 2 usage.
/// </summary>
public static class AssessCommand
{
    public static Command Build(CliContext context, TextReader? input = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caseFile = new Option<string?>("--case") { Description = "A case JSON file (spec/case-format.md); '-' reads it from standard input." };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON." };
        var knowledge = KnowledgeOption();
        var command = new Command("assess", "Assess foot pain: a case file, or an interview in the terminal. Guidance, not a diagnosis.") { caseFile, json, knowledge };
        command.SetAction(parse =>
        {
            var reader = input ?? Console.In;
            var file = parse.GetValue(caseFile);
            var asJson = parse.GetValue(json);
            if (file is null && asJson)
            {
                context.Error.WriteLine("footfall assess: --json needs --case FILE.");
                return 2;
            }

            if (!TryLoadEngine(context, parse.GetValue(knowledge), out var engine))
            {
                return 1;
            }

            if (file is not null)
            {
                return AssessFile(context, engine, file, asJson, reader);
            }

            // Piped answers are not shown by a terminal; echo them so the output reads as a transcript.
            var echo = input is not null || Console.IsInputRedirected;
            return Interview(context, engine, echo ? new EchoingReader(reader, context.Output) : reader);
        });
        return command;
    }

    internal static Option<string?> KnowledgeOption() =>
        new("--knowledge") { Description = "The knowledge folder (default: Knowledge__Path if set, else knowledge/ beside the app)." };

    internal static bool TryLoadEngine(CliContext context, string? directory, [NotNullWhen(true)] out AssessmentEngine? engine)
    {
        try
        {
            engine = new AssessmentEngine(KnowledgeBase.Load(directory ?? KnowledgeLocation.Resolve(context.Configuration[KnowledgeLocation.ConfigurationKey])));
            return true;
        }
        catch (Exception ex) when (ex is KnowledgeBaseException or DirectoryNotFoundException)
        {
            context.Error.WriteLine("footfall: " + ex.Message);
            engine = null;
            return false;
        }
    }

    private static int AssessFile(CliContext context, AssessmentEngine engine, string file, bool json, TextReader input)
    {
        Case @case;
        try
        {
            var text = file == "-" ? input.ReadToEnd() : File.ReadAllText(file);
            @case = CaseJson.Parse(text, engine.Knowledge);
        }
        catch (CaseFormatException ex)
        {
            context.Error.WriteLine($"footfall assess: {file}: {ex.Message}");
            return 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"footfall assess: cannot read '{file}': {ex.Message}");
            return 1;
        }

        var result = engine.Assess(@case);
        context.Output.WriteLine(json ? AssessmentResultJson.Serialize(result, indented: true) : ResultText.Render(result));
        return 0;
    }

    private static int Interview(CliContext context, AssessmentEngine engine, TextReader input)
    {
        var output = context.Output;
        output.WriteLine("Footfall: foot pain guidance for runners.");
        output.WriteLine(FootfallInfo.GuidanceNotice);
        output.WriteLine("Answer y (yes), n (no), s (skip / not sure) or b (back). An empty line or end of input ends the interview.");
        output.WriteLine();

        var age = AskNumber(output, input, "Your age in years (10-100): ", Case.MinimumAge, Case.MaximumAge);
        if (age is null)
        {
            context.Error.WriteLine("footfall assess: no age given; nothing assessed.");
            return 1;
        }

        Sex? sex = null;
        while (sex is null)
        {
            output.Write("Sex (female / male): ");
            var line = input.ReadLine();
            if (line is null)
            {
                context.Error.WriteLine("footfall assess: no sex given; nothing assessed.");
                return 1;
            }

            sex = line.Trim().ToUpperInvariant() switch
            {
                "F" or "FEMALE" => Sex.Female,
                "M" or "MALE" => Sex.Male,
                _ => null,
            };
        }

        var @case = new Case((int)age.Value, sex.Value);
        var asked = new Stack<string>();
        var shownFlags = new HashSet<string>(StringComparer.Ordinal);
        var result = engine.Assess(@case);
        while (!result.ShouldStop && result.NextQuestion is { } question)
        {
            var (answer, command) = Ask(output, input, question, asked.Count + 1);
            if (command == "end")
            {
                break;
            }

            if (command == "back")
            {
                if (asked.Count > 0)
                {
                    @case = @case.Without(asked.Pop());
                }
            }
            else
            {
                @case = @case.With(question.FindingId, answer);
                asked.Push(question.FindingId);
            }

            result = engine.Assess(@case);
            foreach (var flag in result.RedFlags.Where(f => f.Level <= TriageLevel.Consultation24 && shownFlags.Add(f.RuleId)))
            {
                output.WriteLine();
                output.WriteLine("!! WARNING: " + flag.Reason);
                output.WriteLine();
            }
        }

        output.WriteLine();
        output.WriteLine(ResultText.Render(result));
        return 0;
    }

    private static (FindingAnswer Answer, string Command) Ask(TextWriter output, TextReader input, Question question, int number)
    {
        while (true)
        {
            output.WriteLine($"[{number}] {question.GroupTitle}");
            if (question.Kind == FindingKind.Bool)
            {
                output.Write($"  {question.Text}? (y/n/s/b): ");
            }
            else
            {
                output.Write(string.Create(CultureInfo.InvariantCulture, $"  {question.Text} ({question.Unit}, {question.Minimum} to {question.Maximum}; s/b): "));
            }

            var line = input.ReadLine();
            if (line is null || line.Trim().Length == 0)
            {
                return (FindingAnswer.NotSure, "end");
            }

            var text = line.Trim().ToUpperInvariant();
            switch (text)
            {
                case "B" or "BACK":
                    return (FindingAnswer.NotSure, "back");
                case "S" or "SKIP" or "?":
                    return (FindingAnswer.NotSure, "answer");
                case "Y" or "YES" when question.Kind == FindingKind.Bool:
                    return (FindingAnswer.Yes, "answer");
                case "N" or "NO" when question.Kind == FindingKind.Bool:
                    return (FindingAnswer.No, "answer");
            }

            if (question.Kind == FindingKind.Number
                && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && value >= question.Minimum && value <= question.Maximum)
            {
                return (FindingAnswer.Of(value), "answer");
            }

            output.WriteLine(question.Kind == FindingKind.Bool
                ? "  Please answer y, n, s (not sure) or b (back)."
                : string.Create(CultureInfo.InvariantCulture, $"  Please give a number from {question.Minimum} to {question.Maximum}, or s or b."));
        }
    }

    private static double? AskNumber(TextWriter output, TextReader input, string prompt, double min, double max)
    {
        while (true)
        {
            output.Write(prompt);
            var line = input.ReadLine();
            if (line is null)
            {
                return null;
            }

            if (double.TryParse(line.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            {
                return value;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  Please give a number from {min} to {max}."));
        }
    }
}

/// <summary>Reads lines and writes each one back to the output, for answers that were piped in.</summary>
internal sealed class EchoingReader(TextReader inner, TextWriter output) : TextReader
{
    public override string? ReadLine()
    {
        var line = inner.ReadLine();
        output.WriteLine(line ?? string.Empty);
        return line;
    }

    public override string ReadToEnd() => inner.ReadToEnd();
}
