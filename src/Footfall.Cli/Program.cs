namespace Footfall.Cli;

/// <summary>The <c>footfall</c> entry point (namespaced, so it never clashes with the web host's Program).</summary>
internal static class Program
{
    public static Task<int> Main(string[] args) => FootfallCommand.RunAsync(args, Console.Out, Console.Error);
}
