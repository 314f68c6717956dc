using System.CommandLine;
using System.Globalization;
using Footfall.Data;
using Footfall.Data.Activities;
using Footfall.Training;
using Footfall.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Footfall.Cli.Commands;

/// <summary><c>footfall load</c>: the weekly training-load table, as the web's weekly load page shows it.</summary>
public static class LoadCommand
{
    public static Command Build(CliContext context)
    {
        var user = ImportCommand.UserOption();
        var weeks = new Option<int>("--weeks") { Description = "How many recent weeks to show (1 to 520).", DefaultValueFactory = _ => 12 };
        var zone = new Option<string?>("--time-zone") { Description = "IANA time zone the weeks are counted in (default: the account's, as on the web)." };
        var today = new Option<DateOnly?>("--today") { Description = "Report as of this date, yyyy-mm-dd (default: today)." };
        var command = new Command("load", "Print weekly distance, time, runs, change, acute:chronic ratio and monotony.")
        {
            user,
            weeks,
            zone,
            today,
        };
        command.SetAction((parseResult, ct) => RunAsync(
            context, parseResult.GetValue(user), parseResult.GetValue(weeks), parseResult.GetValue(zone), parseResult.GetValue(today), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string? email, int weeks, string? zoneId, DateOnly? asOf, CancellationToken ct)
    {
        if (weeks is < 1 or > 520)
        {
            await context.Error.WriteLineAsync("footfall: --weeks must be between 1 and 520.");
            return 2;
        }

        TimeZoneInfo? chosen = null;
        try
        {
            chosen = zoneId is null ? null : TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        }
        catch (TimeZoneNotFoundException)
        {
            await context.Error.WriteLineAsync($"footfall: unknown time zone '{zoneId}' (use an IANA name such as Europe/Oslo).");
            return 2;
        }

        try
        {
            await using var services = context.BuildDataServices();
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();
            await DatabaseMigrator.MigrateAsync(db, scope.ServiceProvider.GetRequiredService<DatabaseOptions>(), ct);
            var owner = await ImportCommand.ResolveOwnerAsync(db, email, ct);
            if (owner.Error is { } error)
            {
                await context.Error.WriteLineAsync($"footfall: {error}");
                return 1;
            }

            // Weeks count in the runner's own zone (their account setting), never this computer's.
            var zone = chosen ?? RunnerTime.FromId(await db.Users.Where(u => u.Id == owner.Id).Select(u => u.TimeZoneId).SingleAsync(ct));
            // Distances in the unit the runner chose on the account page, as the web shows them.
            var unit = await db.Users.Where(u => u.Id == owner.Id).Select(u => u.DistanceUnit).FirstAsync(ct);
            var today = asOf ?? TrainingHistory.LocalDate(TimeProvider.System.GetUtcNow(), zone);
            var report = await TrainingEvidence.ReportAsync(db, owner.Id!, today, zone, unit, ct);
            var console = ImportCommand.CreateConsole(context);
            if (report.Weekly.Count == 0)
            {
                await context.Output.WriteLineAsync("No runs imported yet: import some with 'footfall import PATH'.");
                return 0;
            }

            if (report.History.LastRunDate is { } lastRun)
            {
                var ago = today.DayNumber - lastRun.DayNumber;
                await context.Output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Last run: {lastRun:d MMMM yyyy} ({(ago == 0 ? "today" : ago == 1 ? "yesterday" : $"{ago:N0} days ago")})."));
            }

            console.Write(WeeklyTable(report, weeks, unit, out var movedTo));
            if (movedTo is { } week)
            {
                await context.Output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Nothing was run in the last {weeks} weeks, so these are the weeks around your last run (week of {week:d MMMM yyyy}); the ratios are as of then."));
            }

            foreach (var left in report.History.LeftOut)
            {
                await context.Output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Left out of load: the run of {left.StartUtc:yyyy-MM-dd}. {left.LeftOutReason}"));
            }

            await context.Output.WriteLineAsync(
                $"Change: the week's distance against the average of the four weeks before. ACWR: acute:chronic ratio (EWMA, Williams et al. 2017) on the week's last day; {TrainingSignals.RatioBand} is the usual band. These describe training; they do not predict injury.");
            return 0;
        }
        catch (DatabaseStartupException ex)
        {
            await context.Error.WriteLineAsync($"footfall: {ex.Message}");
            return 1;
        }
    }

    private static Table WeeklyTable(TrainingReport report, int weeks, DistanceUnit unit, out DateOnly? movedTo)
    {
        var c = CultureInfo.InvariantCulture;
        var table = new Table().Border(TableBorder.Rounded).Title("Weekly running load");
        table.AddColumn("Week");
        table.AddColumn(new TableColumn($"Distance ({unit.Abbreviation()})").RightAligned());
        table.AddColumn(new TableColumn("Time").RightAligned());
        table.AddColumn(new TableColumn("Runs").RightAligned());
        table.AddColumn(new TableColumn("Change %").RightAligned());
        table.AddColumn(new TableColumn("ACWR").RightAligned());
        table.AddColumn(new TableColumn("Monotony").RightAligned());
        foreach (var row in WeeklyLoadRow.Window(WeeklyLoadRow.From(report), weeks, out movedTo))
        {
            var week = row.Week;
            table.AddRow(
                string.Create(c, $"{week.IsoYear}-W{week.IsoWeek:00} ({week.WeekStart:yyyy-MM-dd})"),
                week.Distance.In(unit).ToString("0.0", c),
                string.Create(c, $"{(int)week.Duration.TotalHours}:{week.Duration.Minutes:00}"),
                week.Runs.ToString(c),
                row.ChangePercent is { } p ? p.ToString("+0;-0;0", c) : "-",
                row.Ratio is { } a ? a.ToString("0.00", c) : "-",
                row.Monotony is { } m ? m.ToString("0.0", c) : "-");
        }

        return table;
    }
}
