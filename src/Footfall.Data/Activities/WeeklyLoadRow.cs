using Footfall.Training;

namespace Footfall.Data.Activities;

/// <summary>One row of the weekly load table shown by <c>footfall load</c> and the weekly load page.</summary>
/// <param name="Week">The ISO week's distance, time and runs.</param>
/// <param name="ChangePercent">The week's distance against the mean of the four ISO weeks before it, percent;
/// null for the first four weeks of the history or when those weeks hold no running.</param>
/// <param name="Ratio">The EWMA acute:chronic ratio (Williams et al. 2017) on the week's last day (or on the
/// report date for the week in progress); null while there are fewer than 28 days of history.</param>
/// <param name="Monotony">Foster's monotony of the week, 0 to 10; null without load.</param>
public sealed record WeeklyLoadRow(WeeklyVolume Week, double? ChangePercent, double? Ratio, double? Monotony)
{
    /// <summary>The rows of <paramref name="report"/>, oldest first.</summary>
    public static IReadOnlyList<WeeklyLoadRow> From(TrainingReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var ratios = report.Ratios.ToDictionary(r => r.Date);
        var rows = new WeeklyLoadRow[report.Weekly.Count];
        for (var w = 0; w < rows.Length; w++)
        {
            var week = report.Weekly[w];
            var last = week.WeekStart.AddDays(6) < report.Today ? week.WeekStart.AddDays(6) : report.Today;
            var ratio = ratios.TryGetValue(last, out var r) ? r.Ewma : null;
            rows[w] = new WeeklyLoadRow(week, ChangeAgainstFourWeeks(report.Weekly, w), ratio, report.WeeklyMonotony[w].Monotony);
        }

        return rows;
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
