using System.CommandLine;
using Footfall.Cli;
using Footfall.Tests.Data;

namespace Footfall.Tests.Cli.Commands;

/// <summary>Runs <c>footfall</c> with its arguments against a test database, as the terminal would.</summary>
internal static class CliRun
{
    public static async Task<(int Code, string Output, string Error)> RunAsync(TestDatabase data, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, data.Configuration);
        var code = await FootfallCommand.Build(context).Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
