using System.Text.Json;
using Footfall.Tests.Assessment.Evaluation;

namespace Footfall.Tests.Cli.Commands;

public sealed class AssessEvalCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("footfall-eval-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Eval_TinyFolderJson_PrintsTheSpecFigures()
    {
        WriteVignettes();

        var (code, output, _) = await FootfallCommandTests.RunAsync("eval", _dir, "--json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(2 / 3.0, root.GetProperty("top1").GetDouble(), 3);
        Assert.Equal(2 / 3.0, root.GetProperty("top3").GetDouble(), 3);
        Assert.Equal(2 / 3.0, root.GetProperty("triage_safe").GetDouble(), 3);
        Assert.Equal(1.0, root.GetProperty("emergency_recall").GetDouble());
        Assert.Equal("0:1", root.GetProperty("over_under").GetString());
        Assert.Equal("t-3", root.GetProperty("misses")[0].GetProperty("id").GetString());
        Assert.False(root.TryGetProperty("questions_median", out _));
    }

    [Fact]
    public async Task Eval_Interview_AddsQuestionCounts()
    {
        WriteVignettes();

        var (code, output, _) = await FootfallCommandTests.RunAsync("eval", _dir, "--interview");

        Assert.Equal(0, code);
        Assert.Contains("questions_median", output);
        Assert.Contains("questions_max", output);
        Assert.Contains("emergency_recall  100.0", output);
    }

    [Fact]
    public async Task Eval_TwoFolders_ScoresThemTogetherWithCalibration()
    {
        var second = Directory.CreateDirectory(Path.Combine(_dir, "second")).FullName;
        File.WriteAllText(Path.Combine(_dir, "t-1.json"), EvaluationRunTests.PlantarFasciitis);
        File.WriteAllText(Path.Combine(second, "t-2.json"), EvaluationRunTests.Clot);
        File.WriteAllText(Path.Combine(second, "t-3.json"), EvaluationRunTests.Mislabelled);

        var (code, output, _) = await FootfallCommandTests.RunAsync("eval", _dir, second, "--json");
        var (textCode, text, _) = await FootfallCommandTests.RunAsync("eval", _dir, second);

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(3, root.GetProperty("vignettes").GetInt32());
        var bins = root.GetProperty("calibration").EnumerateArray().ToArray();
        Assert.Equal([0, 0.5, 0.8, 0.95], bins.Select(b => b.GetProperty("from").GetDouble()));
        Assert.Equal(3, bins.Sum(b => b.GetProperty("count").GetInt32()));
        Assert.Equal(2, bins.Sum(b => b.GetProperty("right").GetInt32()));
        Assert.InRange(root.GetProperty("brier").GetDouble(), 0.05, 1);
        Assert.Equal(0, textCode);
        Assert.Contains("brier ", text);
        Assert.Contains("calibration 0.95-1.00", text);
    }

    [Fact]
    public async Task Eval_BrokenVignette_ExitsOneNamingFileAndKey()
    {
        File.WriteAllText(Path.Combine(_dir, "broken.json"), EvaluationRunTests.PlantarFasciitis.Replace("\"female\"", "\"robot\""));

        var (code, _, error) = await FootfallCommandTests.RunAsync("eval", _dir);

        Assert.Equal(1, code);
        Assert.Contains("broken.json", error);
        Assert.Contains("case.sex", error);
    }

    [Fact]
    public async Task Eval_MissingFolder_IsAUsageError()
    {
        var (code, _, error) = await FootfallCommandTests.RunAsync("eval", Path.Combine(_dir, "nowhere"));

        Assert.Equal(2, code);
        Assert.Contains("nowhere", error);
    }

    [Fact]
    public async Task Eval_WithoutFolder_IsAUsageError()
    {
        var (code, _, error) = await FootfallCommandTests.RunAsync("eval");

        Assert.Equal(2, code);
        Assert.Contains("DIR", error);
    }

    private void WriteVignettes()
    {
        File.WriteAllText(Path.Combine(_dir, "t-1.json"), EvaluationRunTests.PlantarFasciitis);
        File.WriteAllText(Path.Combine(_dir, "t-2.json"), EvaluationRunTests.Clot);
        File.WriteAllText(Path.Combine(_dir, "t-3.json"), EvaluationRunTests.Mislabelled);
    }
}
