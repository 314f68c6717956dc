using Footfall.Cli;

namespace Footfall.Tests.Cli;

public class FootfallCommandTests
{
    [Fact]
    public async Task Version_PrintsProductVersion()
    {
        var (code, output, _) = await RunAsync("--version");
        Assert.Equal(0, code);
        Assert.Equal(FootfallInfo.Version, output.Trim());
    }

    [Fact]
    public async Task Help_ListsDbCommand()
    {
        var (code, output, _) = await RunAsync("--help");
        Assert.Equal(0, code);
        Assert.Contains("db", output);
        Assert.Contains("guidance, not a diagnosis", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task UnknownVerb_FailsWithUsageError()
    {
        var (code, _, error) = await RunAsync("frobnicate");
        Assert.NotEqual(0, code);
        Assert.Contains("frobnicate", error);
    }

    internal static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await FootfallCommand.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
