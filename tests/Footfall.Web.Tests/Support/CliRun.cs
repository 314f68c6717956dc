using Footfall.Cli;
using Microsoft.Extensions.Configuration;

namespace Footfall.Web.Tests.Support;

/// <summary>Runs the <c>footfall</c> command in this process, on the configuration given (the web app's database), and returns its exit code and what it wrote.</summary>
public static class CliRun
{
    public static async Task<(int Code, string Output, string Error)> RunAsync(IConfiguration configuration, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, configuration);
        var code = await FootfallCommand.Build(context).Parse(args).InvokeAsync(new() { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The configuration that points the command at <paramref name="factory"/>'s SQLite file.</summary>
    public static IConfiguration For(FootfallWebFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:SqlitePath"] = Path.Combine(factory.Folder, "footfall.db"),
        }).Build();
    }
}
