using System.Text.Json;
using Footfall.Data;
using Footfall.Data.Activities;
using Footfall.Training;
using Footfall.Web.Features.History;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.History;

/// <summary>Weekly distance with the acute:chronic ratio and its usual band, and every training signal with its caveat.</summary>
[Authorize]
public sealed class LoadModel(FootfallDbContext db, RunnerTime time) : PageModel
{
    /// <summary>Weeks on the chart and in the table.</summary>
    public const int Weeks = 26;

    public DateOnly Today { get; private set; }

    public IReadOnlyList<WeeklyLoadRow> Rows { get; private set; } = [];

    public IReadOnlyList<TrainingSignal> Signals { get; private set; } = [];

    public string ChartJson { get; private set; } = "{}";

    /// <summary>Set when the chart ends at an old last run instead of today.</summary>
    public DateOnly? LastRunWeek { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = time.Today;
        var report = await TrainingEvidence.ReportAsync(db, User.RequireId(), Today, time.Zone, ct);
        var rows = WeeklyLoadRow.From(report);
        // When nothing was run in the recent weeks, chart the weeks up to the last run rather than an empty window.
        var lastRun = -1;
        for (var i = rows.Count - 1; i >= 0 && lastRun < 0; i--)
        {
            lastRun = rows[i].Week.Runs > 0 ? i : -1;
        }

        var end = lastRun >= 0 && lastRun < rows.Count - Weeks ? Math.Min(rows.Count, lastRun + 5) : rows.Count;
        Rows = rows.Take(end).Skip(Math.Max(0, end - Weeks)).ToList();
        LastRunWeek = end < rows.Count ? rows[lastRun].Week.WeekStart : null;
        Signals = report.Signals;
        ChartJson = JsonSerializer.Serialize(new
        {
            labels = Rows.Select(r => r.Week.WeekStart.ToString("d MMM yy", System.Globalization.CultureInfo.InvariantCulture)),
            distanceKm = Rows.Select(r => Math.Round(r.Week.Distance.Kilometers, 1)),
            ratio = Rows.Select(r => r.Ratio is { } v ? Math.Round(v, 2) : (double?)null),
            bandLow = 0.8,
            bandHigh = 1.3,
        });
    }
}
