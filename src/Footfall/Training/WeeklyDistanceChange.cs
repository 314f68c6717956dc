using System.Globalization;

namespace Footfall.Training;

/// <summary>
/// The change of the last week's running distance against the average of the four weeks before it:
/// <c>percent = (last − average) / average × 100</c>, where "last week" is the 7 local days ending on (and
/// including) the assessment date and the four weeks before are the 28 days before that. This is the
/// week-over-week progression studied by Nielsen et al. (J Orthop Sports Phys Ther 2014;44(10):739-747) and the
/// rolling 1-week / 4-week shape of Hulin et al. (BJSM 2016;50(4):231-236).
/// </summary>
/// <remarks>
/// Rolling 7-day windows are used instead of calendar weeks so that an assessment on a Wednesday is not
/// blind to the last three days; the ISO weekly table (<see cref="TrainingHistory.Weekly"/>) is for charts.
/// </remarks>
/// <param name="LastWeekStart">First day of the last 7-day window.</param>
/// <param name="Today">The assessment date, last day of the window.</param>
/// <param name="LastWeek">Distance run in the last 7 days.</param>
/// <param name="FourWeekAverage">Average weekly distance of the 28 days before (total / 4).</param>
/// <param name="Percent">The change in percent; null when the four-week average is zero.</param>
/// <param name="HasFullHistory">
/// True when the records start on or before the first of the 35 days used, so the four-week average is
/// not diluted by days before the runner's first recorded run.
/// </param>
/// <param name="Caveat">A plain-language caveat for the runner.</param>
public sealed record WeeklyDistanceChange(
    DateOnly LastWeekStart,
    DateOnly Today,
    Distance LastWeek,
    Distance FourWeekAverage,
    double? Percent,
    bool HasFullHistory,
    string Caveat)
{
    /// <summary>Days in the last window plus the four weeks before it.</summary>
    public const int DaysNeeded = 35;

    /// <summary>Computes the change for the 7 days ending on <paramref name="today"/>; runs after it are ignored.</summary>
    public static WeeklyDistanceChange Compute(TrainingHistory history, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(history);
        var lastStart = today.AddDays(-6);
        var priorStart = today.AddDays(-(DaysNeeded - 1));
        var last = history.DistanceBetween(lastStart, today);
        var average = new Distance(history.DistanceBetween(priorStart, today.AddDays(-7)).Meters / 4.0);
        double? percent = average.Meters > 0 ? (last.Meters - average.Meters) / average.Meters * 100.0 : null;
        var first = history.FirstRunDate;
        var full = first is { } f && f <= priorStart;

        var caveat = first is not { } firstRun || firstRun > today
            ? "No runs recorded yet, so there is no weekly change to show."
            : !full
                ? string.Create(CultureInfo.InvariantCulture,
                    $"Footfall's records start on {firstRun:d MMM yyyy}, less than five weeks before today; the four-week average leaves out any running before that and may be too low.")
                : percent is null
                    ? "No running in the four weeks before last week, so a percentage change cannot be computed."
                    : "A week-to-week change is a signal to look at, not a prediction of injury. Novice runners who increased by more than 30% seemed more vulnerable to some injuries (Nielsen 2014), but the evidence is weak.";
        return new WeeklyDistanceChange(lastStart, today, last, average, percent, full, caveat);
    }
}
