using Footfall.Data;
using Footfall.Web.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Cli;

/// <summary>
/// What every verb needs: the output streams and the same configuration the web app reads
/// (environment variables such as <c>Database__Provider</c>, and an <c>appsettings.json</c> in the
/// current folder if there is one).
/// </summary>
public sealed class CliContext(TextWriter output, TextWriter error, IConfiguration? configuration = null, TextReader? input = null)
{
    /// <summary>Where a verb reads what it asks for (a password); standard input unless a test gives its own.</summary>
    public TextReader Input { get; } = input ?? Console.In;

    /// <summary>True when a person types at a terminal (prompts hide what is typed); false for a pipe, a file or a test.</summary>
    public bool IsInteractive => input is null && !Console.IsInputRedirected;

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public IConfiguration Configuration { get; } = configuration ?? new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .Build();

    /// <summary>A service provider with the database registered, for verbs that touch data.</summary>
    public ServiceProvider BuildDataServices()
    {
        var services = new ServiceCollection();
        services.AddFootfallData(Configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>The database and the web app's use cases (<c>Features/UseCaseSetup</c>), for verbs that share them.</summary>
    public ServiceProvider BuildUseCaseServices()
    {
        var services = new ServiceCollection();
        services.AddFootfallData(Configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddFootfallUseCases();
        return services.BuildServiceProvider();
    }
}
