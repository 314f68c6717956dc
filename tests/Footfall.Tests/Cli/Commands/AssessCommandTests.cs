using System.CommandLine;
using System.Text.Json;
using Footfall.Cli;
using Footfall.Cli.Commands;

namespace Footfall.Tests.Cli.Commands;

public sealed class AssessCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("footfall-assess-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Assess_CaseFileJson_PrintsTheSpecResult()
    {
        var file = Write("case.json", """{ "age": 34, "sex": "female", "evidence": { "loc_heel_plantar_medial": true, "first_steps_pain": true, "tender_fascia_insertion": true } }""");

        var (code, output, _) = await FootfallCommandTests.RunAsync("assess", "--case", file, "--json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("self_care", root.GetProperty("triage").GetString());
        var first = root.GetProperty("conditions")[0];
        Assert.Equal("plantar_fasciitis", first.GetProperty("id").GetString());
        Assert.Contains("first_steps_pain", first.GetProperty("supporting").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.Array, root.GetProperty("red_flags").ValueKind);
        Assert.Equal(JsonValueKind.Array, first.GetProperty("conflicting").ValueKind);
        Assert.True(root.TryGetProperty("should_stop", out _));
        Assert.True(root.TryGetProperty("next_question", out _));
    }

    [Fact]
    public async Task Assess_RedFlagCase_ShowsTriageProminentlyInText()
    {
        var file = Write("case.json", """{ "age": 60, "sex": "male", "evidence": { "saddle_numbness": true, "loc_low_back_buttock": true } }""");

        var (code, output, _) = await FootfallCommandTests.RunAsync("assess", "--case", file);

        Assert.Equal(0, code);
        Assert.StartsWith(new string('=', 72), output);
        Assert.Contains("TRIAGE: EMERGENCY", output);
        Assert.Contains("cauda equina", output);
    }

    [Fact]
    public async Task Assess_BadCase_ExitsOneNamingTheKey()
    {
        var file = Write("bad.json", """{ "age": 34, "sex": "female", "evidence": { "night_pain": 3 } }""");

        var (code, _, error) = await FootfallCommandTests.RunAsync("assess", "--case", file, "--json");

        Assert.Equal(1, code);
        Assert.Contains("evidence.night_pain", error);
    }

    [Fact]
    public async Task Assess_MissingFile_ExitsOne()
    {
        var (code, _, error) = await FootfallCommandTests.RunAsync("assess", "--case", Path.Combine(_dir, "none.json"), "--json");

        Assert.Equal(1, code);
        Assert.Contains("none.json", error);
    }

    [Fact]
    public async Task Assess_JsonWithoutCase_IsAUsageError()
    {
        var (code, _, error) = await FootfallCommandTests.RunAsync("assess", "--json");

        Assert.Equal(2, code);
        Assert.Contains("--case", error);
    }

    [Fact]
    public async Task Assess_InteractiveWithPipedAnswers_AsksTheOpeningChecklistBacksAndShowsResult()
    {
        // Age, sex; the opening checklist: an empty line (re-asked), then "no" to all ten signs; back at
        // how it started, then the signs again; no injury; a bad pain-map answer, then the heel; then
        // "not sure" to the rest until the input ends.
        string[] no = [.. Enumerable.Repeat("n", 10)];
        var answers = string.Join('\n', ["34", "female", "", .. no, "b", .. no, "n", "heel", "1", .. Enumerable.Repeat("s", 30)]);

        var (code, output) = await RunInteractiveAsync(answers);

        Assert.Equal(0, code);
        Assert.Contains("[1] First, some warning signs", output);
        Assert.Contains("No answer given.", output);
        Assert.Contains("Fever or feeling generally unwell", output);
        Assert.Contains("Please type the numbers of every place that hurts", output);
        Assert.Contains("TRIAGE:", output);
        Assert.Contains("guidance, not a diagnosis", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Assess_InteractiveEmptyAnswer_IsAskedAgainAndNeverEndsTheInterview()
    {
        var answers = string.Join('\n', ["34", "female", "", "", "", "n", "n", "n", "n", "n", "n", "n", "n", "n", "n", "", "n"]);

        var (code, output) = await RunInteractiveAsync(answers);

        Assert.Equal(0, code);
        Assert.Equal(4, output.Split("No answer given.").Length - 1);
        Assert.Contains("[3] Where does it hurt?", output);
        Assert.Contains("Input ended before the interview finished", output);
    }

    [Fact]
    public async Task Assess_InteractiveNotSureToAWarningSign_AsksItAgainAsACheck()
    {
        var answers = string.Join('\n', ["34", "female", "n", "s", "n", "n", "n", "n", "n", "n", "n", "n", "s", "c"]);

        var (code, output) = await RunInteractiveAsync(answers);

        Assert.Equal(0, code);
        Assert.Contains("Warning signs: a simpler check", output);
        Assert.Contains("Take your socks off", output);
        Assert.Contains("!! WARNING: You were not sure about a warning sign", output);
    }

    [Fact]
    public async Task Assess_InteractiveWithoutAge_ExitsOne()
    {
        var (code, _) = await RunInteractiveAsync(string.Empty);

        Assert.Equal(1, code);
    }

    private static async Task<(int Code, string Output)> RunInteractiveAsync(string input)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { AssessCommand.Build(new CliContext(output, error), new StringReader(input)) };
        var code = await root.Parse(["assess"]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
