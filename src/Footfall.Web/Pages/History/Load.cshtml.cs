using System.Text.Json;
using Footfall.Data.Activities;
using Footfall.Training;
using Footfall.Web.Features.History;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.History;

/// <summary>Weekly distance, and the acute:chronic ratio on its own axis with its usual band; the last 7 days in
/// plain words; every training signal with its caveat and the least data it needs; the sources as footnotes.</summary>
[Authorize]
public sealed class LoadModel(TrainingLoad load, RunnerTime time) : PageModel
{
    /// <summary>Weeks on the chart and in the table.</summary>
    public const int Weeks = 26;

    public DateOnly Today { get; private set; }

    public TimeZoneInfo Zone => time.Zone;

    public IReadOnlyList<WeeklyLoadRow> Rows { get; private set; } = [];

    public IReadOnlyList<TrainingSignal> Signals { get; private set; } = [];

    /// <summary>The distinct sources of the signals, in order of first use; a card cites its number.</summary>
    public IReadOnlyList<string> Sources { get; private set; } = [];

    /// <summary>The last 7 days against the runner's usual weeks, in plain words; null without runs.</summary>
    public string? LastWeekInWords { get; private set; }

    /// <summary>Runs left out of load, each with its reason.</summary>
    public IReadOnlyList<RunSummary> LeftOut { get; private set; } = [];

    public string ChartJson { get; private set; } = "{}";

    /// <summary>Set when the chart ends at an old last run instead of today.</summary>
    public DateOnly? LastRunWeek { get; private set; }

    /// <summary>The local date of the last run counted; null without runs.</summary>
    public DateOnly? LastRun { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = time.Today;
        var report = await load.ReportAsync(User.RequireId(), Today, time.Zone, User.DistanceUnit(), ct);
        Rows = WeeklyLoadRow.Window(WeeklyLoadRow.From(report), Weeks, out var lastRunWeek);
        LastRunWeek = lastRunWeek;
        LastRun = report.History.LastRunDate;
        LeftOut = report.History.LeftOut;
        Signals = report.Signals;
        Sources = Signals.Select(s => s.Source).Distinct(StringComparer.Ordinal).ToList();
        LastWeekInWords = LastRun is not null ? TrainingSignals.AgainstUsualWeeks(report.WeeklyChange, User.DistanceUnit()) : null;
        ChartJson = JsonSerializer.Serialize(new
        {
            labels = Rows.Select(r => r.Week.WeekStart.ToString("d MMM yy", System.Globalization.CultureInfo.InvariantCulture)),
            distance = Rows.Select(r => Math.Round(r.Week.Distance.In(User.DistanceUnit()), 1)),
            distanceUnit = User.DistanceUnit().Abbreviation(),
            ratio = Rows.Select(r => r.Ratio is { } v ? Math.Round(v, 2) : (double?)null),
            bandLow = TrainingSignals.RatioLow,
            bandHigh = TrainingSignals.RatioHigh,
        });
    }

    /// <summary>The footnote number of a source, 1-based.</summary>
    public int SourceNumber(string source) => Sources.ToList().IndexOf(source) + 1;
}
