using System.CommandLine;
using Footfall.Data;
using Footfall.Data.Privacy;
using Footfall.Web.Features.Account;
using Footfall.Web.Features.Community;
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

        var userOption = new Option<string>("--user") { Description = "The account's email address.", Required = true };
        var outOption = new Option<FileInfo?>("--out") { Description = "Write to this file instead of standard output." };
        var export = new Command("export", "Export everything one account owns as JSON.") { userOption, outOption };
        export.SetAction((parse, ct) => RunAsync(context, async (data, options) =>
        {
            await DatabaseMigrator.MigrateAsync(data, options, ct).ConfigureAwait(false);
            var user = await AccountData.FindByEmailAsync(data, parse.GetValue(userOption)!, ct).ConfigureAwait(false);
            if (user is null)
            {
                await context.Error.WriteLineAsync($"footfall: no account with the email '{parse.GetValue(userOption)}'.").ConfigureAwait(false);
                return 1;
            }

            var file = parse.GetValue(outOption);
            await using Stream output = file is null ? new MemoryStream() : file.Create();
            var audit = new AuditTrail(data, TimeProvider.System);
            await new ExportAccount(data, audit, TimeProvider.System)
                .ExecuteAsync(new ExportAccount.Request(user.Id, AuditTrail.OperatorActor), output, ct).ConfigureAwait(false);
            if (output is MemoryStream memory)
            {
                await context.Output.WriteLineAsync(System.Text.Encoding.UTF8.GetString(memory.ToArray())).ConfigureAwait(false);
            }
            else
            {
                await context.Error.WriteLineAsync($"Exported the account's data to {file!.FullName}.").ConfigureAwait(false);
            }

            return 0;
        }));

        var yesOption = new Option<bool>("--yes") { Description = "Confirm: the account and all its data are deleted for good." };
        var deleteUser = new Command("delete-user", "Delete one account and everything it owns.") { userOption, yesOption };
        deleteUser.SetAction((parse, ct) => RunAsync(context, async (data, options) =>
        {
            await DatabaseMigrator.MigrateAsync(data, options, ct).ConfigureAwait(false);
            var email = parse.GetValue(userOption)!;
            var user = await AccountData.FindByEmailAsync(data, email, ct).ConfigureAwait(false);
            if (user is null)
            {
                await context.Error.WriteLineAsync($"footfall: no account with the email '{email}'.").ConfigureAwait(false);
                return 1;
            }

            if (!parse.GetValue(yesOption))
            {
                await context.Error.WriteLineAsync("footfall: this deletes the account and all its data for good; add --yes to confirm.").ConfigureAwait(false);
                return 2;
            }

            // Recorded as the operator who ran the command, not as the runner.
            await new DeleteAccount(data, new AuditTrail(data, TimeProvider.System))
                .ExecuteAsync(new DeleteAccount.Request(user.Id, AuditTrail.OperatorActor), ct).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"Deleted the account {email} and all its data.").ConfigureAwait(false);
            return 0;
        }));

        var roleOption = new Option<string>("--role") { Description = "moderator (hides and restores community posts) or editor (writes and sends newsletter issues).", Required = true };
        var revokeOption = new Option<bool>("--revoke") { Description = "Take the role away instead." };
        var grantRole = new Command("grant-role", "Give an account a community role, or take it away with --revoke.") { userOption, roleOption, revokeOption };
        grantRole.SetAction((parse, ct) => RunAsync(context, async (data, options) =>
        {
            await DatabaseMigrator.MigrateAsync(data, options, ct).ConfigureAwait(false);
            var email = parse.GetValue(userOption)!;
            var revoke = parse.GetValue(revokeOption);
            var outcome = await new GrantRole.Handler(data, new AuditTrail(data, TimeProvider.System))
                .HandleAsync(new GrantRole.Request(email, parse.GetValue(roleOption), revoke), AuditTrail.OperatorActor, ct).ConfigureAwait(false);
            if (!outcome.Succeeded)
            {
                foreach (var message in outcome.Errors.Values.SelectMany(m => m))
                {
                    await context.Error.WriteLineAsync($"footfall: {message}").ConfigureAwait(false);
                }

                return 1;
            }

            await context.Output.WriteLineAsync(revoke
                ? $"{email} is no longer a {outcome.Value!.ToLowerInvariant()}."
                : $"{email} is now a {outcome.Value!.ToLowerInvariant()}.").ConfigureAwait(false);
            return 0;
        }));

        db.Add(migrate);
        db.Add(status);
        db.Add(export);
        db.Add(deleteUser);
        db.Add(grantRole);
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
