using System.CommandLine;
using System.Globalization;
using Footfall.Activities;
using Footfall.Data;
using Footfall.Data.Activities;
using Footfall.Data.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Footfall.Cli.Commands;

/// <summary><c>footfall import PATH</c>: import activity files, a folder, or a Strava or Garmin export zip.</summary>
public static class ImportCommand
{
    public static Command Build(CliContext context)
    {
        var path = new Argument<string>("path") { Description = "A FIT/GPX/TCX file, a folder of them, or a Strava or Garmin Connect export zip." };
        var user = UserOption();
        var command = new Command("import", "Import running history into Footfall; already imported activities are skipped.")
        {
            path,
            user,
        };
        command.SetAction((parseResult, ct) => RunAsync(context, parseResult.GetValue(path)!, parseResult.GetValue(user), ct));
        return command;
    }

    /// <summary>The <c>--user EMAIL</c> option shared with <c>footfall load</c>.</summary>
    internal static Option<string?> UserOption() => new("--user")
    {
        Description = "Email of the account the data belongs to (optional when the database has exactly one account).",
    };

    private static async Task<int> RunAsync(CliContext context, string path, string? email, CancellationToken ct)
    {
        try
        {
            await using var services = context.BuildDataServices();
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();
            await DatabaseMigrator.MigrateAsync(db, scope.ServiceProvider.GetRequiredService<DatabaseOptions>(), ct);
            var owner = await ResolveOwnerAsync(db, email, ct);
            if (owner.Error is { } error)
            {
                await context.Error.WriteLineAsync($"footfall: {error}");
                return 1;
            }

            using var source = ImportSource.Open(Path.GetFullPath(path));
            if (source.ExpectedCount == 0)
            {
                await context.Error.WriteLineAsync($"footfall: no {Footfall.Activities.ActivityDecoders.ExtensionNames} files found in {path}.");
                return 1;
            }

            var files = source.ExpectedCount is { } n ? n.ToString("N0", CultureInfo.InvariantCulture) + " files" : "an export";

            var importer = new ActivityImporter(db, TimeProvider.System);
            var console = CreateConsole(context);
            ImportReport report;
            if (IsTerminal(context))
            {
                report = await console.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .StartAsync(async progress =>
                    {
                        // Bytes read is the measure that is known up front for every kind of source.
                        var task = progress.AddTask($"Importing {files}", maxValue: Math.Max(1, source.TotalBytes));
                        var result = await importer.ImportAsync(owner.Id!, source, p => task.Value = p.BytesDone, ct);
                        task.Value = task.MaxValue;
                        return result;
                    });
            }
            else
            {
                var step = Math.Max(1, (source.ExpectedCount ?? 1000) / 10);
                await context.Output.WriteLineAsync($"Importing {files}...");
                report = await importer.ImportAsync(
                    owner.Id!,
                    source,
                    p =>
                    {
                        if (p.FilesDone % step == 0 && p.FilesDone != p.FilesTotal)
                        {
                            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {p.FilesDone:N0} files done"));
                        }
                    },
                    ct);
            }

            WriteSummary(console, report);
            return 0;
        }
        catch (DatabaseStartupException ex)
        {
            await context.Error.WriteLineAsync($"footfall: {ex.Message}");
            return 1;
        }
        catch (FileNotFoundException ex)
        {
            await context.Error.WriteLineAsync($"footfall: {ex.Message}");
            return 1;
        }
        catch (ActivityFormatException ex)
        {
            await context.Error.WriteLineAsync($"footfall: {ex.Message}");
            return 1;
        }
    }

    /// <summary>The account an import or report is for: by email, or the only account when none is named.</summary>
    internal static async Task<(string? Id, string? Error)> ResolveOwnerAsync(FootfallDbContext db, string? email, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            var ids = await db.Users.Select(u => u.Id).Take(2).ToListAsync(ct);
            return ids.Count switch
            {
                0 => (null, "there is no account yet: create one in the web app first (footfall needs to know whose data this is)."),
                1 => (ids[0], null),
                _ => (null, "the database has several accounts: say whose data this is with --user EMAIL."),
            };
        }

        var user = await AccountData.FindByEmailAsync(db, email, ct);
        return user is null ? (null, $"there is no account with the email {email.Trim()}.") : (user.Id, null);
    }

    internal static bool IsTerminal(CliContext context) =>
        ReferenceEquals(context.Output, Console.Out) && !Console.IsOutputRedirected;

    internal static IAnsiConsole CreateConsole(CliContext context) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(context.Output),
        Ansi = IsTerminal(context) ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = IsTerminal(context) ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = IsTerminal(context) ? InteractionSupport.Detect : InteractionSupport.No,
    });

    private static void WriteSummary(IAnsiConsole console, ImportReport report)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Import summary");
        table.AddColumn("Result");
        table.AddColumn(new TableColumn("Count").RightAligned());
        table.AddRow("Imported", report.Imported.ToString(CultureInfo.InvariantCulture));
        table.AddRow("Duplicates (already stored)", report.Duplicates.ToString(CultureInfo.InvariantCulture));
        table.AddRow("Skipped", report.Skipped.Count.ToString(CultureInfo.InvariantCulture));
        if (report.ShoesCreated > 0)
        {
            table.AddRow("Shoes created from gear names", report.ShoesCreated.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table);
        if (report.Skipped.Count > 0)
        {
            var skipped = new Table().Border(TableBorder.Rounded).Title("Skipped files");
            skipped.AddColumn("File");
            skipped.AddColumn("Reason");
            foreach (var file in report.Skipped)
            {
                skipped.AddRow(Markup.Escape(file.Name), Markup.Escape(file.Reason));
            }

            console.Write(skipped);
        }
    }
}
