using System.CommandLine;
using System.CommandLine.Invocation;
using Footfall.Cli.Commands;

namespace Footfall.Cli;

/// <summary>The <c>footfall</c> command line: one root, a sub-command per capability.</summary>
public static class FootfallCommand
{
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand(
            "Footfall: foot pain guidance for runners. Guidance, not a diagnosis.")
        {
            DbCommand.Build(context),
            ImportCommand.Build(context),
            LoadCommand.Build(context),
            ShoesCommand.Build(context),
            AssessCommand.Build(context),
            EvalCommand.Build(context),
            UserCommand.Build(context),
        };
        // The built-in version option reports the entry assembly, which is the test host under tests.
        root.Options.OfType<VersionOption>().Single().Action = new PrintVersion(context);
        return root;
    }

    /// <summary>Parses and runs; returns the process exit code (0 ok, 1 failure, 2 usage error).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var context = new CliContext(output, error);
        var root = Build(context);
        var parsed = root.Parse(args);
        var config = new InvocationConfiguration { Output = output, Error = error };
        var code = await parsed.InvokeAsync(config, cancellationToken);
        return parsed.Errors.Count > 0 && code == 1 ? 2 : code;
    }
}

internal sealed class PrintVersion(CliContext context) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        context.Output.WriteLine(FootfallInfo.Version);
        return 0;
    }
}
