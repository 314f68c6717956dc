namespace Footfall.Recovery.CheckIns;

/// <summary>Weekly summaries of check-ins for the progress page: pain against running load, and adherence.</summary>
public static class CheckInTrend
{
    /// <summary>
    /// One summary per week from the week of the first check-in to the week of <paramref name="today"/>,
    /// weeks without check-ins included (they show as gaps, not as zero pain). Check-ins after today are ignored.
    /// </summary>
    public static IReadOnlyList<WeeklyCheckInSummary> Weekly(IEnumerable<DailyCheckIn> checkIns, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(checkIns);
        var days = checkIns.Where(c => c.Date <= today).OrderBy(c => c.Date).ToList();
        if (days.Count == 0)
        {
            return [];
        }

        var weeks = new List<WeeklyCheckInSummary>();
        for (var monday = WeekStart(days[0].Date); monday <= today; monday = monday.AddDays(7))
        {
            var start = monday;
            var week = days.Where(d => d.Date >= start && d.Date < start.AddDays(7)).ToList();
            var daysInWeek = Math.Min(7, today.DayNumber - monday.DayNumber + 1);
            var firstSteps = week.Select(d => d.PainFirstSteps).OfType<int>().ToList();
            var during = week.Select(d => d.PainDuringActivity).OfType<int>().ToList();
            var exerciseDays = week.Count(d => d.ExercisesDone.Count > 0);
            weeks.Add(new WeeklyCheckInSummary(
                monday,
                daysInWeek,
                week.Count,
                week.Sum(d => d.RunDistanceKm is > 0 and var km ? km : 0),
                week.Sum(d => d.CrossTrainingMinutes ?? 0),
                firstSteps.Count > 0 ? firstSteps.Average() : null,
                during.Count > 0 ? during.Max() : null,
                exerciseDays,
                exerciseDays * 100.0 / daysInWeek));
        }

        return weeks;
    }

    /// <summary>The Monday of the ISO week that holds <paramref name="date"/>.</summary>
    public static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
