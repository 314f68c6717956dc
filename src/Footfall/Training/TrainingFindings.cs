using System.Globalization;

namespace Footfall.Training;

/// <summary>
/// Derives the assessment-case findings that a runner's imported history can support, each with a plain
/// description of where it came from. A finding the data cannot support either way is returned as unknown
/// (<see cref="DataFinding.IsKnown"/> false) with the reason, never guessed: in particular, a lack of
/// records in Footfall is never taken as evidence of a lack of running.
/// </summary>
public static class TrainingFindings
{
    /// <summary>Vocabulary id: change of last week's distance against the four weeks before, percent, −100 to 1000.</summary>
    public const string WeeklyDistanceChangePct = "weekly_distance_change_pct";

    /// <summary>Vocabulary id: running volume went up sharply in the last few weeks.</summary>
    public const string RecentMileageIncrease = "recent_mileage_increase";

    /// <summary>Vocabulary id: running shoes have more than about 700 km on them.</summary>
    public const string WornShoes = "worn_shoes";

    /// <summary>Vocabulary id: started running in the last six months.</summary>
    public const string NewToRunning = "new_to_running";

    /// <summary>The vocabulary's range for <see cref="WeeklyDistanceChangePct"/>.</summary>
    public const double MinimumChangePercent = -100, MaximumChangePercent = 1000;

    /// <summary>Window for "shoes in use": runs in the last 28 days (expert estimate).</summary>
    public const int ShoesInUseDays = 28;

    /// <summary>
    /// The four findings, always in this order: weekly_distance_change_pct, recent_mileage_increase, worn_shoes,
    /// new_to_running. Only runs up to <paramref name="today"/> are used.
    /// </summary>
    /// <param name="history">The runner's runs.</param>
    /// <param name="shoes">The runner's shoes, retired ones included.</param>
    /// <param name="today">The assessment date in the runner's time zone.</param>
    /// <param name="historyCompleteSince">
    /// The date from which the runner confirms Footfall holds all their running, if they have said so. Only with it
    /// can the absence of older runs support new_to_running = true.
    /// </param>
    /// <param name="thresholds">Cut-offs; <see cref="TrainingThresholds.Default"/> when null.</param>
    /// <param name="unit">The runner's distance unit, for the distances in the descriptions.</param>
    public static IReadOnlyList<DataFinding> Derive(
        TrainingHistory history,
        IReadOnlyList<TrackedShoe> shoes,
        DateOnly today,
        DateOnly? historyCompleteSince = null,
        TrainingThresholds? thresholds = null,
        DistanceUnit unit = DistanceUnit.Kilometres)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(shoes);
        thresholds ??= TrainingThresholds.Default;
        var change = WeeklyDistanceChange.Compute(history, today);
        var mileage = ShoeMileage.Compute(shoes, history, today, thresholds);
        return
        [
            WeeklyChangeFinding(history, change, unit),
            IncreaseFinding(history, change, thresholds, unit),
            WornShoesFinding(history, mileage, today, thresholds, unit),
            NewToRunningFinding(history, today, historyCompleteSince, thresholds),
        ];
    }

    internal static DataFinding WeeklyChangeFinding(TrainingHistory history, WeeklyDistanceChange change, DistanceUnit unit = DistanceUnit.Kilometres)
    {
        if (NoHistoryReason(history, change) is { } reason)
            return new DataFinding(WeeklyDistanceChangePct, null, null, reason);
        if (change.Percent is not { } percent)
            return new DataFinding(WeeklyDistanceChangePct, null, null,
                Text($"Last 7 days {change.LastWeek.ToString(unit)} after four weeks without runs; a percentage change cannot be computed."));

        var clamped = Math.Clamp(percent, MinimumChangePercent, MaximumChangePercent);
        var capped = clamped < percent ? Text($" (capped at {MaximumChangePercent:0}%)") : "";
        return new DataFinding(WeeklyDistanceChangePct, null, Math.Round(clamped, 1),
            Text($"Last 7 days {change.LastWeek.ToString(unit)} against a 4-week average of {change.FourWeekAverage.ToString(unit)} ({Signed(percent)}){capped}."));
    }

    internal static DataFinding IncreaseFinding(TrainingHistory history, WeeklyDistanceChange change, TrainingThresholds thresholds, DistanceUnit unit = DistanceUnit.Kilometres)
    {
        if (NoHistoryReason(history, change) is { } reason)
            return new DataFinding(RecentMileageIncrease, null, null, reason);

        var increaseKm = change.LastWeek.Kilometers - change.FourWeekAverage.Kilometers;
        var bigEnough = increaseKm >= thresholds.SharpIncreaseMinimumKilometers;
        var minimum = Distance.FromKilometers(thresholds.SharpIncreaseMinimumKilometers).ToString(unit);
        if (change.Percent is not { } percent)
        {
            return change.LastWeek.Meters <= 0
                ? new DataFinding(RecentMileageIncrease, false, null, "No runs recorded in the last five weeks.")
                : new DataFinding(RecentMileageIncrease, bigEnough, null, bigEnough
                    ? Text($"Last 7 days {change.LastWeek.ToString(unit)} after four weeks without runs: a sharp return to running.")
                    : Text($"Last 7 days {change.LastWeek.ToString(unit)} after four weeks without runs, less than the {minimum} that would count as a sharp increase."));
        }

        var comparison = Text($"Last 7 days {change.LastWeek.ToString(unit)} against a 4-week average of {change.FourWeekAverage.ToString(unit)} ({Signed(percent)})");
        if (percent <= thresholds.SharpIncreasePercent)
            return new DataFinding(RecentMileageIncrease, false, null,
                Text($"{comparison}, not above the {thresholds.SharpIncreasePercent:0.#}% week-to-week increase used as a soft flag (Nielsen et al. 2014)."));
        return bigEnough
            ? new DataFinding(RecentMileageIncrease, true, null,
                Text($"{comparison}, above the {thresholds.SharpIncreasePercent:0.#}% week-to-week increase used as a soft flag (Nielsen et al. 2014)."))
            : new DataFinding(RecentMileageIncrease, false, null,
                Text($"{comparison}, but only {Distance.FromKilometers(increaseKm).ToString(unit)} more, less than the {minimum} that would count as a sharp increase."));
    }

    internal static DataFinding WornShoesFinding(
        TrainingHistory history, IReadOnlyList<ShoeMileage> mileage, DateOnly today, TrainingThresholds thresholds, DistanceUnit unit = DistanceUnit.Kilometres)
    {
        var byId = new Dictionary<Guid, ShoeMileage>(mileage.Count);
        foreach (var m in mileage)
            byId.TryAdd(m.Shoe.Id, m);

        var from = today.AddDays(-(ShoesInUseDays - 1));
        var recentRuns = 0;
        var notInUse = 0;
        var inUse = new List<ShoeMileage>();
        for (var r = 0; r < history.Runs.Count; r++)
        {
            var date = history.RunDates[r];
            if (date < from || date > today)
                continue;
            recentRuns++;
            // A run with no shoe, an unknown one or one retired since says nothing about the shoes worn now.
            if (history.Runs[r].ShoeId is { } id && byId.TryGetValue(id, out var shoe) && !shoe.IsRetired)
            {
                if (!inUse.Contains(shoe))
                    inUse.Add(shoe);
            }
            else
            {
                notInUse++;
            }
        }

        var threshold = Distance.FromKilometers(thresholds.WornShoeKilometers).ToString(unit, "0");
        var worn = inUse.Where(s => s.IsWorn).ToList();
        if (worn.Count > 0)
            return new DataFinding(WornShoes, true, null,
                Text($"Worn in the last 4 weeks and past {threshold}: {Describe(worn, unit)}."));
        if (recentRuns == 0)
            return new DataFinding(WornShoes, null, null,
                "No runs in the last 4 weeks, so the data cannot tell which shoes are in use.");
        if (notInUse > 0)
            return new DataFinding(WornShoes, null, null,
                Text($"{notInUse} of {recentRuns} runs in the last 4 weeks are not assigned to a shoe still in use, so the data cannot tell whether the shoes worn now are worn out."));
        return new DataFinding(WornShoes, false, null,
            Text($"Every run in the last 4 weeks was in shoes under {threshold}: {Describe(inUse, unit)}. Visible wear is not known from the data."));
    }

    internal static DataFinding NewToRunningFinding(
        TrainingHistory history, DateOnly today, DateOnly? historyCompleteSince, TrainingThresholds thresholds)
    {
        var mark = today.AddDays(-thresholds.NewToRunningDays);
        var weeksBefore = new HashSet<DateOnly>();
        var runsSince = 0;
        for (var r = 0; r < history.Runs.Count; r++)
        {
            var date = history.RunDates[r];
            if (date < mark)
                weeksBefore.Add(TrainingHistory.WeekStart(date));
            else if (date <= today)
                runsSince++;
        }

        if (weeksBefore.Count >= thresholds.EstablishedRunningWeeks)
            return new DataFinding(NewToRunning, false, null,
                Text($"Runs recorded in {weeksBefore.Count} different weeks before {mark:d MMM yyyy}, more than six months ago."));
        if (weeksBefore.Count == 0 && runsSince > 0 && historyCompleteSince is { } complete && complete <= mark)
            return new DataFinding(NewToRunning, true, null,
                Text($"The first recorded run was on {history.FirstRunDate:d MMM yyyy}, and the runner confirmed the records are complete since {complete:d MMM yyyy}."));

        var reason = history.FirstRunDate is not { } first || first > today
            ? "No runs recorded"
            : weeksBefore.Count == 0
                ? Text($"Footfall's records start on {first:d MMM yyyy}")
                : Text($"Runs recorded in only {weeksBefore.Count} weeks before {mark:d MMM yyyy}");
        return new DataFinding(NewToRunning, null, null,
            $"{reason}; a lack of older records is not evidence of being new to running.");
    }

    private static string? NoHistoryReason(TrainingHistory history, WeeklyDistanceChange change)
    {
        if (history.FirstRunDate is not { } first || first > change.Today)
            return "No runs recorded in Footfall.";
        return change.HasFullHistory
            ? null
            : Text($"Footfall's records start on {first:d MMM yyyy}; five weeks of records are needed to compare the last week with the four before.");
    }

    private static string Describe(IEnumerable<ShoeMileage> shoes, DistanceUnit unit) =>
        string.Join(", ", shoes.Select(s => Text($"\"{s.Shoe.Name}\" {s.Total.ToString(unit)}")));

    private static string Signed(double percent) => percent.ToString("+0;-0;0", CultureInfo.InvariantCulture) + "%";

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
