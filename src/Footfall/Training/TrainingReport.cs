namespace Footfall.Training;

/// <summary>
/// Everything Footfall computes from a runner's running history as of one local date: the daily and weekly
/// tables (from the first run to that date, gaps as zeros), the week-over-week change, the acute:chronic ratios,
/// monotony and strain of the last 7 days, shoe mileage, gait trends, the signals to show and the findings for
/// the assessment case. Pure: the same input gives the same report.
/// </summary>
/// <param name="Today">The runner's local date the report is for; later runs are ignored.</param>
/// <param name="History">The daily calendar everything is computed from.</param>
/// <param name="Daily">Every day from the first run to <paramref name="Today"/>.</param>
/// <param name="Weekly">Every ISO week from the first run's to <paramref name="Today"/>'s (the last one partial).</param>
/// <param name="WeeklyChange">Last 7 days against the 4 weeks before.</param>
/// <param name="Ratios">Acute:chronic ratios on every day from the first run to <paramref name="Today"/>.</param>
/// <param name="Monotony">Monotony and strain of the 7 days ending <paramref name="Today"/>.</param>
/// <param name="WeeklyMonotony">Monotony and strain of each ISO week in <paramref name="Weekly"/> (days after <paramref name="Today"/> count as rest).</param>
/// <param name="Shoes">Mileage of every shoe.</param>
/// <param name="Gait">Cadence and stance-time balance per run, with trends.</param>
/// <param name="Signals">The signals to show.</param>
/// <param name="Findings">The case findings the data supports (see <see cref="TrainingFindings"/>).</param>
public sealed record TrainingReport(
    DateOnly Today,
    TrainingHistory History,
    IReadOnlyList<DailyVolume> Daily,
    IReadOnlyList<WeeklyVolume> Weekly,
    WeeklyDistanceChange WeeklyChange,
    IReadOnlyList<AcuteChronicRatio> Ratios,
    TrainingMonotony Monotony,
    IReadOnlyList<TrainingMonotony> WeeklyMonotony,
    IReadOnlyList<ShoeMileage> Shoes,
    IReadOnlyList<GaitPoint> Gait,
    IReadOnlyList<TrainingSignal> Signals,
    IReadOnlyList<DataFinding> Findings)
{
    /// <summary>Computes the report.</summary>
    /// <param name="activities">The runner's activities; those that are not runs are ignored.</param>
    /// <param name="shoes">The runner's shoes, retired ones included.</param>
    /// <param name="zone">The runner's time zone.</param>
    /// <param name="today">The runner's local date.</param>
    /// <param name="basis">What load is measured in for the ratios, monotony and strain.</param>
    /// <param name="thresholds">Cut-offs; defaults when null.</param>
    /// <param name="historyCompleteSince">See <see cref="TrainingFindings.Derive"/>.</param>
    /// <param name="unit">The runner's distance unit, for the distances in the texts (values stay in kilometres).</param>
    public static TrainingReport Compute(
        IEnumerable<RunSummary> activities,
        IReadOnlyList<TrackedShoe> shoes,
        TimeZoneInfo zone,
        DateOnly today,
        LoadBasis basis = LoadBasis.Distance,
        TrainingThresholds? thresholds = null,
        DateOnly? historyCompleteSince = null,
        DistanceUnit unit = DistanceUnit.Kilometres)
    {
        thresholds ??= TrainingThresholds.Default;
        var history = TrainingHistory.FromRuns(activities, zone, basis);
        var from = history.FirstRunDate is { } first && first <= today ? first : today.AddDays(1);
        var change = WeeklyDistanceChange.Compute(history, today);
        var ratios = AcuteChronicRatio.Series(history, from, today);
        var monotony = TrainingMonotony.ForWeek(history, today.AddDays(-6));
        var mileage = ShoeMileage.Compute(shoes, history, today, thresholds);
        var gait = GaitTrend.Compute(history, today, thresholds);
        var signals = TrainingSignals.Describe(
            history, change, ratios.Count > 0 ? ratios[^1] : null, monotony, mileage, gait, thresholds, unit);
        var findings = TrainingFindings.Derive(history, shoes, today, historyCompleteSince, thresholds, unit);
        var weekly = history.Weekly(from, today);
        var weeklyMonotony = new TrainingMonotony[weekly.Count];
        for (var w = 0; w < weekly.Count; w++)
            weeklyMonotony[w] = TrainingMonotony.ForWeek(history, weekly[w].WeekStart, today);
        return new TrainingReport(
            today, history, history.Daily(from, today), weekly, change, ratios, monotony, weeklyMonotony,
            mileage, gait, signals, findings);
    }
}
