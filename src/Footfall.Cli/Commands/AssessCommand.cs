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
        output.WriteLine("Answer y (yes), n (no) or s (not sure); b goes back, r shows the result now.");
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
            if (sex is null)
            {
                output.WriteLine("  Please answer female or male (it changes how likely some causes are).");
            }
        }

        var interview = Assessment.Interview.Start(engine, (int)age.Value, sex.Value);
        while (!interview.IsComplete)
        {
            var next = interview.Screen switch
            {
                QuestionScreen q => AskQuestion(output, input, interview, q),
                ChecklistScreen { EachAnswered: true } c => AskEach(output, input, interview, c),
                ChecklistScreen c => AskTicks(output, input, interview, c),
                WarningScreen w => ShowWarning(output, input, interview, w),
                _ => interview.Finish(),
            };
            if (next is null)
            {
                // Input ended: the result so far, where an unanswered re-ask counts as unsure.
                output.WriteLine();
                output.WriteLine("Input ended before the interview finished; this is the result so far.");
                interview = interview.Finish();
                break;
            }

            interview = next;
        }

        output.WriteLine();
        output.WriteLine(ResultText.Render(interview.Result, CurrentRegion()));
        return 0;
    }

    /// <summary>The runner's country from the terminal's locale (LANG=en_GB.UTF-8), for the emergency number.</summary>
    internal static string? CurrentRegion()
    {
        var name = CultureInfo.CurrentCulture.Name;
        var dash = name.LastIndexOf('-');
        return dash > 0 && name.Length - dash == 3 ? name[(dash + 1)..] : null;
    }

    private static string Heading(Question q) => q.Purpose switch
    {
        QuestionPurpose.Screen or QuestionPurpose.FollowUp => "Warning signs",
        QuestionPurpose.Recheck => "Warning signs: a simpler check",
        _ => q.GroupTitle,
    };

    /// <summary>Reads a line, re-asking an empty one; null only at the end of input.</summary>
    private static string? ReadAnswer(TextWriter output, TextReader input, string prompt, string hint)
    {
        while (true)
        {
            output.Write(prompt);
            var line = input.ReadLine();
            if (line is null)
            {
                return null;
            }

            if (line.Trim().Length > 0)
            {
                return line.Trim().ToUpperInvariant();
            }

            output.WriteLine("  No answer given. " + hint);
        }
    }

    private static Interview? AskQuestion(TextWriter output, TextReader input, Interview interview, QuestionScreen screen)
    {
        var question = screen.Question;
        output.WriteLine($"[{screen.Number}] {Heading(question)}");
        var bool_ = question.Kind == FindingKind.Bool;
        var hint = bool_
            ? "Please answer y, n, s (not sure), b (back) or r (result now)."
            : string.Create(CultureInfo.InvariantCulture, $"Please give a number from {question.Minimum} to {question.Maximum}, or s (not sure), b (back) or r (result now).");
        var prompt = bool_
            ? $"  {question.Text}? (y/n/s/b/r): "
            : string.Create(CultureInfo.InvariantCulture, $"  {question.Text} ({question.Unit}, {question.Minimum} to {question.Maximum}; s/b/r): ");
        while (true)
        {
            var text = ReadAnswer(output, input, prompt, hint);
            switch (text)
            {
                case null:
                    return null;
                case "B" or "BACK":
                    return interview.Back();
                case "R" or "RESULT":
                    return interview.Finish();
                case "S" or "SKIP" or "?" or "NOT SURE":
                    return interview.NotSure();
                case "Y" or "YES" when bool_:
                    return interview.Answer(FindingAnswer.Yes);
                case "N" or "NO" when bool_:
                    return interview.Answer(FindingAnswer.No);
            }

            if (!bool_ && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && value >= question.Minimum && value <= question.Maximum)
            {
                return interview.Answer(FindingAnswer.Of(value));
            }

            output.WriteLine("  " + hint);
        }
    }

    private static Interview? AskEach(TextWriter output, TextReader input, Interview interview, ChecklistScreen screen)
    {
        output.WriteLine($"[{screen.Number}] {screen.Title}");
        if (screen.Intro is not null)
        {
            output.WriteLine("  " + screen.Intro);
        }

        var answers = new Dictionary<string, FindingAnswer>(StringComparer.Ordinal);
        const string hint = "Please answer y, n or s (not sure) for this sign; b goes back.";
        for (var i = 0; i < screen.Items.Count; i++)
        {
            var item = screen.Items[i];
            var text = ReadAnswer(output, input, $"  {item.Text}? (y/n/s): ", hint);
            switch (text)
            {
                case null:
                    return null;
                case "B" or "BACK":
                    if (i == 0)
                    {
                        return interview.Back();
                    }

                    i -= 2;
                    continue;
                case "Y" or "YES":
                    answers[item.FindingId] = FindingAnswer.Yes;
                    continue;
                case "N" or "NO":
                    answers[item.FindingId] = FindingAnswer.No;
                    continue;
                case "S" or "SKIP" or "?" or "NOT SURE":
                    answers[item.FindingId] = FindingAnswer.NotSure;
                    continue;
            }

            output.WriteLine("  " + hint);
            i--;
        }

        return interview.AnswerEach(answers);
    }

    private static Interview? AskTicks(TextWriter output, TextReader input, Interview interview, ChecklistScreen screen)
    {
        output.WriteLine($"[{screen.Number}] {screen.Title}");
        for (var i = 0; i < screen.Items.Count; i++)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {i + 1,2}. {screen.Items[i].Text}"));
        }

        var hint = $"Please type the numbers of every place that hurts (1 to {screen.Items.Count}, separated by spaces), or s (not sure), b (back) or r (result now).";
        while (true)
        {
            var text = ReadAnswer(output, input, "  Numbers that apply (or s/b/r): ", hint);
            switch (text)
            {
                case null:
                    return null;
                case "B" or "BACK":
                    return interview.Back();
                case "R" or "RESULT":
                    return interview.Finish();
                case "S" or "SKIP" or "?" or "NOT SURE":
                    return interview.NotSure();
            }

            var parts = text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            var picked = new List<string>();
            foreach (var part in parts)
            {
                if (int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= screen.Items.Count)
                {
                    picked.Add(screen.Items[n - 1].FindingId);
                }
                else
                {
                    picked.Clear();
                    break;
                }
            }

            if (picked.Count > 0)
            {
                return interview.Tick(picked);
            }

            output.WriteLine("  " + hint);
        }
    }

    private static Interview? ShowWarning(TextWriter output, TextReader input, Interview interview, WarningScreen screen)
    {
        output.WriteLine();
        foreach (var flag in screen.Warnings)
        {
            output.WriteLine("!! WARNING: " + (flag.Action is { } action ? EmergencyNumbers.Fill(action, CurrentRegion()) : flag.Reason));
        }

        output.WriteLine();
        if (!screen.CanContinue)
        {
            return interview.Finish();
        }

        const string hint = "Please answer c (continue the questions), r (see the result now) or b (back: I answered by mistake).";
        while (true)
        {
            var text = ReadAnswer(output, input, "  c to continue the questions, r to see the result now, b to go back: ", hint);
            switch (text)
            {
                case null:
                    return null;
                case "C" or "CONTINUE" or "Y" or "YES":
                    return interview.Acknowledge();
                case "R" or "RESULT":
                    return interview.Finish();
                case "B" or "BACK":
                    return interview.Back();
            }

            output.WriteLine("  " + hint);
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
