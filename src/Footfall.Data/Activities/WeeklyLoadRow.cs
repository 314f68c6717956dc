using Footfall.Training;

namespace Footfall.Data.Activities;

/// <summary>One row of the weekly load table shown by <c>footfall load</c> and the weekly load page.</summary>
/// <param name="Week">The ISO week's distance, time and runs.</param>
/// <param name="ChangePercent">The week's distance against the mean of the four ISO weeks before it, percent;
/// null for the first four weeks of the history or when those weeks hold no running.</param>
/// <param name="Ratio">The EWMA acute:chronic ratio (Williams et al. 2017) on the week's last day (or on the
/// report date for the week in progress); null while there are fewer than 28 days of history, or fewer runs in
/// the 28 days than <see cref="TrainingThresholds.MinimumRunsForRatio"/> (one short run after a quiet month is not a spike).</param>
/// <param name="Monotony">Foster's monotony of the week, 0 to 10; null without load.</param>
public sealed record WeeklyLoadRow(WeeklyVolume Week, double? ChangePercent, double? Ratio, double? Monotony)
{
    /// <summary>The rows of <paramref name="report"/>, oldest first.</summary>
    public static IReadOnlyList<WeeklyLoadRow> From(TrainingReport report, TrainingThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        thresholds ??= TrainingThresholds.Default;
        var ratios = report.Ratios.ToDictionary(r => r.Date);
        var rows = new WeeklyLoadRow[report.Weekly.Count];
        for (var w = 0; w < rows.Length; w++)
        {
            var week = report.Weekly[w];
            var last = week.WeekStart.AddDays(6) < report.Today ? week.WeekStart.AddDays(6) : report.Today;
            var enough = report.History.RunCount(last.AddDays(-27), last) >= thresholds.MinimumRunsForRatio;
            var ratio = enough && ratios.TryGetValue(last, out var r) ? r.Ewma : null;
            rows[w] = new WeeklyLoadRow(week, ChangeAgainstFourWeeks(report.Weekly, w), ratio, report.WeeklyMonotony[w].Monotony);
        }

        return rows;
    }

    /// <summary>
    /// The weeks to show: the last <paramref name="weeks"/>, or, when nothing was run in them, the weeks
    /// around the last run (up to four after it, and at most half the window), so a history that stopped years
    /// ago is not a table of zeros.
    /// </summary>
    /// <param name="rows">Every row, oldest first.</param>
    /// <param name="weeks">How many weeks to show, 1 or more.</param>
    /// <param name="lastRunWeek">The Monday of the last run's week when the window was moved there; else null.</param>
    public static IReadOnlyList<WeeklyLoadRow> Window(IReadOnlyList<WeeklyLoadRow> rows, int weeks, out DateOnly? lastRunWeek)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var lastRun = -1;
        for (var i = rows.Count - 1; i >= 0 && lastRun < 0; i--)
        {
            lastRun = rows[i].Week.Runs > 0 ? i : -1;
        }

        // Up to four weeks after the last run, never so many that the run's own week falls out of the window.
        var after = Math.Min(4, Math.Max(0, weeks - 1) / 2);
        var end = lastRun >= 0 && lastRun < rows.Count - weeks ? Math.Min(rows.Count, lastRun + 1 + after) : rows.Count;
        lastRunWeek = end < rows.Count ? rows[lastRun].Week.WeekStart : null;
        return rows.Take(end).Skip(Math.Max(0, end - weeks)).ToList();
    }

    private static double? ChangeAgainstFourWeeks(IReadOnlyList<WeeklyVolume> weeks, int index)
    {
        if (index < 4)
        {
            return null;
        }

        double before = 0;
        for (var i = index - 4; i < index; i++)
        {
            before += weeks[i].Distance.Meters;
        }

        var mean = before / 4;
        return mean > 0 ? (weeks[index].Distance.Meters - mean) / mean * 100 : null;
    }
}
