using System.Globalization;

namespace Footfall.Training;

/// <summary>Turns the computed training values into <see cref="TrainingSignal"/>s with bands, caveats and sources.</summary>
public static class TrainingSignals
{
    private const string NotAPrediction = "It describes training; it does not predict injury.";
    private const string AcwrSource =
        "Gabbett, BJSM 2016;50:273-280 (0.8-1.3 band); Hulin et al., BJSM 2016;50:231-236; Windt & Gabbett, BJSM 2019 (uncoupled); Williams et al., BJSM 2017;51:209-210 (EWMA)";

    /// <summary>The acute:chronic ratio band: below 0.8 low, 0.8 to 1.3 normal, above 1.3 high (Gabbett 2016).</summary>
    public const double RatioLow = 0.8, RatioHigh = 1.3;

    /// <summary>The band as the texts write it: <c>0.8-1.3</c>.</summary>
    public static string RatioBand { get; } = string.Create(CultureInfo.InvariantCulture, $"{RatioLow}-{RatioHigh}");

    /// <summary>Monotony above this is shown as high (practitioner convention; Runalyze marks 2.0 as critical).</summary>
    public const double MonotonyHigh = 2.0;

    /// <summary>Signals for the assessment date, in display order: volume, change, ratios, monotony, strain, shoes, gait.</summary>
    public static IReadOnlyList<TrainingSignal> Describe(
        TrainingHistory history,
        WeeklyDistanceChange change,
        AcuteChronicRatio? ratio,
        TrainingMonotony monotony,
        IReadOnlyList<ShoeMileage> shoes,
        IReadOnlyList<GaitPoint> gait,
        TrainingThresholds? thresholds = null,
        DistanceUnit distanceUnit = DistanceUnit.Kilometres)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(monotony);
        ArgumentNullException.ThrowIfNull(shoes);
        ArgumentNullException.ThrowIfNull(gait);
        thresholds ??= TrainingThresholds.Default;

        var hasRuns = history.FirstRunDate is { } first && first <= change.Today;
        var enoughRuns = history.RunCount(change.Today.AddDays(-27), change.Today) >= thresholds.MinimumRunsForRatio;
        var unit = LoadUnit(history.Basis);
        // Distance load is said, and strain shown, in the runner's unit; the ratios have none.
        var loadWords = history.Basis == LoadBasis.Distance ? distanceUnit.Abbreviation() : unit;
        var strain = history.Basis == LoadBasis.Distance && monotony.Strain is { } kmStrain ? kmStrain * 1000 / distanceUnit.Meters() : monotony.Strain;
        var rpeNote = history.RunsWithoutRpe > 0
            ? Text($" {history.RunsWithoutRpe} runs have no RPE and add no load.")
            : "";
        var signals = new List<TrainingSignal>(8 + shoes.Count)
        {
            new("weekly_distance", "Distance in the last 7 days",
                hasRuns ? Math.Round(change.LastWeek.Kilometers, 2) : null, "km",
                hasRuns ? SignalBand.NoBand : SignalBand.Unavailable,
                (hasRuns ? AgainstUsualWeeks(change, distanceUnit) + " " : "") + "Runs count on the local day they started. " + NotAPrediction,
                "Sum of imported runs"),
            new("weekly_distance_change", "Last 7 days against the 4 weeks before",
                change.Percent is { } p ? Math.Round(p, 1) : null, "%",
                change.Percent switch
                {
                    // An average diluted by days before the first record would put the value in a misleading band.
                    _ when !change.HasFullHistory => SignalBand.Unavailable,
                    null => SignalBand.Unavailable,
                    { } up when up > thresholds.SharpIncreasePercent => SignalBand.High,
                    { } down when down < -thresholds.SharpIncreasePercent => SignalBand.Low,
                    _ => SignalBand.Normal,
                },
                change.Caveat, "Nielsen et al., JOSPT 2014;44(10):739-747 (30% soft flag)"),
            Ratio("acwr_coupled", "Acute:chronic ratio (7 / 28 days, coupled)", ratio?.Coupled, rpeNote, loadWords, enoughRuns,
                Text($"28 days of history and at least {thresholds.MinimumRunsForRatio} runs in the last 28 days.")),
            Ratio("acwr_uncoupled", "Acute:chronic ratio (7 days / the 28 before, uncoupled)", ratio?.Uncoupled, rpeNote, loadWords, enoughRuns,
                Text($"35 days of history and at least {thresholds.MinimumRunsForRatio} runs in the last 28 days.")),
            Ratio("acwr_ewma", "Acute:chronic ratio (EWMA 7 / 28)", ratio?.Ewma, rpeNote, loadWords, enoughRuns,
                Text($"28 days of history and at least {thresholds.MinimumRunsForRatio} runs in the last 28 days; the averages take about six weeks to settle.")),
            new("monotony", "Training monotony (last 7 days)", Round(monotony.Monotony), "ratio",
                monotony.Monotony switch
                {
                    null => SignalBand.Unavailable,
                    > MonotonyHigh => SignalBand.High,
                    _ => SignalBand.Normal,
                },
                MonotonyCaveat(monotony) + rpeNote,
                "Foster, Med Sci Sports Exerc 1998;30(7):1164-1168; Runalyze Monotony.php (population SD, cap 10)"),
            new("strain", "Training strain (last 7 days)", Round(strain), loadWords + " × monotony",
                monotony.Strain is null ? SignalBand.Unavailable : SignalBand.NoBand,
                "Weekly load times monotony. Foster gave no fixed threshold: compare it with your own usual weeks. " + NotAPrediction,
                "Foster, Med Sci Sports Exerc 1998;30(7):1164-1168"),
        };

        foreach (var shoe in shoes)
        {
            if (shoe.IsRetired)
                continue;
            var caveat = shoe.IsNew
                ? "A new pair: a change of shoes is a common contributor to foot pain, so build up their use gradually."
                : shoe.IsWorn
                    ? Text($"Past {Distance.FromKilometers(thresholds.WornShoeKilometers).ToString(distanceUnit, "0")}. Cushioning falls with use; the replacement distance is a convention, not a proven limit.")
                    : "Counts the distance already on the shoe plus the runs assigned to it. Rotating two pairs was linked with fewer injuries (Malisoux 2015).";
            signals.Add(new TrainingSignal(
                "shoe_mileage:" + shoe.Shoe.Id.ToString("D", CultureInfo.InvariantCulture),
                "Shoe mileage: " + shoe.Shoe.Name, Math.Round(shoe.Total.Kilometers, 1), "km",
                shoe.IsWorn ? SignalBand.High : SignalBand.Normal, caveat,
                "Expert estimate 480-800 km (convention); Cook et al., Am J Sports Med 1985;13(4):248-253"));
        }

        signals.Add(CadenceSignal(gait, thresholds));
        signals.Add(BalanceSignal(gait, thresholds));
        return signals;
    }

    internal static string LoadUnit(LoadBasis basis) => basis switch
    {
        LoadBasis.Distance => "km",
        LoadBasis.Duration => "min",
        _ => "AU",
    };

    private static TrainingSignal Ratio(
        string id, string title, double? value, string rpeNote, string unit, bool enoughRuns, string minimum) =>
        new(id, title, Round(value), "ratio",
            value switch
            {
                null => SignalBand.Unavailable,
                _ when !enoughRuns => SignalBand.Unavailable,
                < RatioLow => SignalBand.Low,
                > RatioHigh => SignalBand.High,
                _ => SignalBand.Normal,
            },
            (value is null || !enoughRuns ? "Not enough data yet. " : "")
            + Text($"Compares the last week's load ({unit}) with the longer-term average. {RatioBand} is the commonly quoted band; the ratio is no better at predicting injury than the last week's load alone (Impellizzeri 2020).")
            + rpeNote,
            AcwrSource,
            minimum);

    /// <summary>The last 7 days against the runner's own average week of the 4 weeks before, in plain words
    /// ("12.4 km in the last 7 days: about 40% less than your usual 20.1 km a week over the four weeks before.").</summary>
    public static string AgainstUsualWeeks(WeeklyDistanceChange change) => AgainstUsualWeeks(change, DistanceUnit.Kilometres);

    /// <summary>As <see cref="AgainstUsualWeeks(WeeklyDistanceChange)"/>, with distances in <paramref name="unit"/>
    /// ("7.7 mi in the last 7 days ...").</summary>
    public static string AgainstUsualWeeks(WeeklyDistanceChange change, DistanceUnit unit)
    {
        ArgumentNullException.ThrowIfNull(change);
        var last = change.LastWeek.In(unit);
        var usual = change.FourWeekAverage.In(unit);
        var km = unit.Abbreviation();
        if (!change.HasFullHistory)
        {
            return Text($"{last:0.#} {km} in the last 7 days. Your records are too short to say what a usual week is for you.");
        }

        if (usual <= 0)
        {
            return Text($"{last:0.#} {km} in the last 7 days, after four weeks without running.");
        }

        var ratio = last / usual;
        var words = ratio switch
        {
            < 0.05 => "no running, against",
            < 0.9 => Text($"about {(1 - ratio) * 100:0}% less than"),
            <= 1.1 => "about the same as",
            _ => Text($"about {(ratio - 1) * 100:0}% more than"),
        };
        return Text($"{last:0.#} {km} in the last 7 days: {words} your usual {usual:0.#} {km} a week over the four weeks before.");
    }

    private static string MonotonyCaveat(TrainingMonotony monotony) => monotony.Monotony switch
    {
        null => "No running in the last 7 days.",
        TrainingMonotony.MaximumMonotony when monotony.StandardDeviation <= monotony.MeanDailyLoad * 1e-9 =>
            "Every day had the same load, so monotony is at its cap of 10: mixing easy days, hard days and rest lowers it.",
        _ => "Mean daily load divided by its day-to-day variation: high values mean every day is alike. " + NotAPrediction,
    };

    private static TrainingSignal CadenceSignal(IReadOnlyList<GaitPoint> gait, TrainingThresholds thresholds)
    {
        const string Source = "Per-run averages, rolling mean; ±5% after Heiderscheit et al., Med Sci Sports Exerc 2011;43(2):296-302";
        var values = gait.Where(g => g.CadenceSpm is not null).Select(g => g.CadenceSpm!.Value).ToList();
        if (values.Count == 0)
            return new TrainingSignal("cadence_trend", "Cadence trend", null, "spm", SignalBand.Unavailable,
                "No runs with cadence yet.", Source);

        var window = Math.Max(1, thresholds.GaitTrendRuns);
        var recent = values.Skip(Math.Max(0, values.Count - window)).Average();
        var baselineValues = values.Take(Math.Max(0, values.Count - window)).TakeLast(4 * window).ToList();
        if (baselineValues.Count < window)
            return new TrainingSignal("cadence_trend", "Cadence trend", Math.Round(recent, 1), "spm", SignalBand.Unavailable,
                "Not enough earlier runs with cadence to compare against yet.", Source,
                Text($"{2 * window} runs of {thresholds.MinimumGaitRunMinutes:0} minutes or more with cadence."));

        var baseline = baselineValues.Average();
        var changePercent = (recent - baseline) / baseline * 100.0;
        var band = changePercent < -thresholds.CadenceChangePercent ? SignalBand.Low
            : changePercent > thresholds.CadenceChangePercent ? SignalBand.High
            : SignalBand.Normal;
        return new TrainingSignal("cadence_trend", "Cadence trend", Math.Round(recent, 1), "spm", band,
            Text($"Mean of the last {Math.Min(window, values.Count)} runs against {baseline:0} spm before ({changePercent:+0.0;-0.0;0}%). Cadence changes with pace, terrain and shoes as well as with pain; a change is worth a look, not a diagnosis."),
            Source);
    }

    private static TrainingSignal BalanceSignal(IReadOnlyList<GaitPoint> gait, TrainingThresholds thresholds)
    {
        const string Source = "Running-dynamics stance-time balance, rolling mean; ±2 points is an expert estimate";
        var last = gait.LastOrDefault(g => g.BalanceTrendLeftPercent is not null);
        if (last?.BalanceTrendLeftPercent is not { } trend)
            return new TrainingSignal("stance_balance_trend", "Stance-time balance trend", null, "% left", SignalBand.Unavailable,
                "No runs with stance-time balance (it needs a chest strap or pod with running dynamics).", Source);

        var side = trend >= 50 ? "left" : "right";
        var caveat = last.IsImbalanced
            ? Text($"More ground-contact time on the {side} foot than usual sensor noise explains (beyond {50 - thresholds.StanceBalanceTolerancePoints:0.#}-{50 + thresholds.StanceBalanceTolerancePoints:0.#}%). Runners often shorten contact on a sore foot; this is a signal to look at, not a diagnosis.")
            : Text($"Within {50 - thresholds.StanceBalanceTolerancePoints:0.#}-{50 + thresholds.StanceBalanceTolerancePoints:0.#}% left, the range sensor noise and normal asymmetry explain.");
        var runs = gait.Count(g => g.BalanceLeftPercent is not null);
        var minimum = Text($"At least {thresholds.MinimumGaitRuns} runs of {thresholds.MinimumGaitRunMinutes:0} minutes or more with stance-time balance.");
        if (runs < thresholds.MinimumGaitRuns)
            return new TrainingSignal("stance_balance_trend", "Stance-time balance trend", Math.Round(trend, 1), "% left", SignalBand.Unavailable,
                Text($"Not enough data yet: {runs} qualifying {(runs == 1 ? "run" : "runs")} so far."), Source, minimum);
        return new TrainingSignal("stance_balance_trend", "Stance-time balance trend", Math.Round(trend, 1), "% left",
            last.IsImbalanced ? SignalBand.High : SignalBand.Normal, caveat, Source, minimum);
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 2) : null;

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
