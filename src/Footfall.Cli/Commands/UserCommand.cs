using System.CommandLine;
using System.Text;
using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Features.Account;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Footfall.Cli.Commands;

/// <summary>
/// <c>footfall user create</c>: an account from the terminal, so <c>import</c> and <c>load</c> work without the web
/// app. It goes through Identity and the web's password rules (<see cref="CreateAccount"/>); the password is asked
/// for at the terminal without echo, or read as the first line of standard input, never taken from the arguments
/// (which other users of the machine can see in the process list and which shells keep in their history).
/// </summary>
public static class UserCommand
{
    public static Command Build(CliContext context)
    {
        var user = new Command("user", "Manage Footfall accounts from the terminal.");
        var email = new Option<string>("--email") { Description = "The account's email address (its sign-in name).", Required = true };
        var zone = new Option<string?>("--time-zone") { Description = "IANA time zone its days and weeks count in, such as America/Chicago (default UTC)." };
        var units = new Option<string?>("--units") { Description = "Distances in km or mi (default km)." };
        var create = new Command("create", "Create an account. The password is asked for (not echoed), or read from standard input.") { email, zone, units };
        create.SetAction((parse, ct) => CreateAsync(context, parse.GetValue(email)!, parse.GetValue(zone), parse.GetValue(units), ct));
        user.Add(create);
        return user;
    }

    private static async Task<int> CreateAsync(CliContext context, string email, string? zone, string? units, CancellationToken ct)
    {
        var (password, problem) = await ReadPasswordAsync(context);
        if (password is null)
        {
            await context.Error.WriteLineAsync($"footfall: {problem}");
            return 2;
        }

        try
        {
            var services = new ServiceCollection();
            services.AddFootfallData(context.Configuration);
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
            services.AddSingleton(TimeProvider.System);
            services.AddFootfallIdentityCore().AddEntityFrameworkStores<FootfallDbContext>();
            services.AddScoped<AuditTrail>();
            services.AddScoped<CreateAccount.Handler>();
            await using var provider = services.BuildServiceProvider();
            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();
            await DatabaseMigrator.MigrateAsync(db, scope.ServiceProvider.GetRequiredService<DatabaseOptions>(), ct);
            var outcome = await scope.ServiceProvider.GetRequiredService<CreateAccount.Handler>()
                .HandleAsync(new CreateAccount.Request(email, password, zone, units), AuditTrail.OperatorActor, ct);
            if (!outcome.Succeeded)
            {
                foreach (var message in outcome.Errors.SelectMany(e => e.Value).Distinct(StringComparer.Ordinal))
                {
                    await context.Error.WriteLineAsync($"footfall: {message}");
                }

                return 1;
            }

            var created = outcome.Value!;
            await context.Output.WriteLineAsync(
                $"Created the account {created.Email} ({(created.TimeZoneId ?? "UTC")}, distances in {Footfall.Training.DistanceUnitExtensions.Plural(created.DistanceUnit)}). "
                + $"It can sign in to the web app at once; use it here with --user {created.Email}.");
            return 0;
        }
        catch (DatabaseStartupException ex)
        {
            await context.Error.WriteLineAsync($"footfall: {ex.Message}");
            return 1;
        }
    }

    /// <summary>At a terminal: asked twice without echo. Otherwise the first line of the input. Null (and why) when none.</summary>
    private static async Task<(string? Password, string? Problem)> ReadPasswordAsync(CliContext context)
    {
        const string none = "no password given (type it when asked, or pipe it as the first line of standard input); nothing was created.";
        if (!context.IsInteractive)
        {
            var line = await context.Input.ReadLineAsync();
            return string.IsNullOrEmpty(line) ? (null, none) : (line, null);
        }

        var first = Prompt(context, "Password (at least 12 characters): ");
        if (string.IsNullOrEmpty(first))
        {
            return (null, none);
        }

        return Prompt(context, "The same password again: ") == first
            ? (first, null)
            : (null, "the two passwords do not match; nothing was created.");
    }

    private static string Prompt(CliContext context, string question)
    {
        context.Error.Write(question);
        var typed = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                context.Error.WriteLine();
                return typed.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (typed.Length > 0)
                {
                    typed.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }
    }
}
