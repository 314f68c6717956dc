using System.CommandLine;
using Footfall.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Cli.Commands;

/// <summary><c>footfall db</c>: the database the web app and this command share.</summary>
public static class DbCommand
{
    public static Command Build(CliContext context)
    {
        var db = new Command("db", "Manage the Footfall database (SQLite by default, PostgreSQL by configuration).");

        var migrate = new Command("migrate", "Create the database if needed and apply every pending schema migration.");
        migrate.SetAction((_, ct) => RunAsync(context, async (data, options) =>
        {
            var (_, pending) = await DatabaseMigrator.StatusAsync(data, ct).ConfigureAwait(false);
            await DatabaseMigrator.MigrateAsync(data, options, ct).ConfigureAwait(false);
            await context.Output.WriteLineAsync(pending.Count == 0
                ? $"The {DatabaseMigrator.Describe(data, options)} is up to date."
                : $"Applied {pending.Count} migration(s) to the {DatabaseMigrator.Describe(data, options)}: {string.Join(", ", pending)}.").ConfigureAwait(false);
            return 0;
        }));

        var status = new Command("status", "List applied and pending migrations.");
        status.SetAction((_, ct) => RunAsync(context, async (data, options) =>
        {
            var (applied, pending) = await DatabaseMigrator.StatusAsync(data, ct).ConfigureAwait(false);
            await context.Output.WriteLineAsync(DatabaseMigrator.Describe(data, options)).ConfigureAwait(false);
            foreach (var id in applied)
            {
                await context.Output.WriteLineAsync($"  applied  {id}").ConfigureAwait(false);
            }

            foreach (var id in pending)
            {
                await context.Output.WriteLineAsync($"  pending  {id}").ConfigureAwait(false);
            }

            return 0;
        }));

        var script = new Command("model-script", "Print the SQL that creates the current model from scratch (a help for writing migrations by hand).")
        {
            Hidden = true,
        };
        script.SetAction((_, _) => RunAsync(context, async (data, _) =>
        {
            await context.Output.WriteLineAsync(data.Database.GenerateCreateScript()).ConfigureAwait(false);
            return 0;
        }));

        db.Add(migrate);
        db.Add(status);
        db.Add(script);
        return db;
    }

    private static async Task<int> RunAsync(CliContext context, Func<FootfallDbContext, DatabaseOptions, Task<int>> action)
    {
        try
        {
            await using var services = context.BuildDataServices();
            await using var scope = services.CreateAsyncScope();
            var data = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();
            return await action(data, scope.ServiceProvider.GetRequiredService<DatabaseOptions>()).ConfigureAwait(false);
        }
        catch (DatabaseStartupException ex)
        {
            await context.Error.WriteLineAsync($"footfall: {ex.Message}").ConfigureAwait(false);
            return 1;
        }
    }
}
