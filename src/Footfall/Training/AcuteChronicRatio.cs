namespace Footfall.Training;

/// <summary>
/// Acute:chronic workload ratios on one day, all from the daily load series (rest days count as zero):
/// <list type="bullet">
/// <item><b>Coupled rolling</b>: acute = mean daily load of days t−6…t; chronic = mean of days t−27…t (the acute
/// week is inside the chronic window). Equal to Hulin et al.'s 1-week total over the 4-week average weekly total
/// (BJSM 2016;50(4):231-236).</item>
/// <item><b>Uncoupled rolling</b>: same acute; chronic = mean of days t−34…t−7, i.e. the 28 days before the acute
/// week, which removes the spurious coupling (Windt &amp; Gabbett, BJSM 2019; Lolli et al., BJSM 2019;53:921-922).</item>
/// <item><b>EWMA</b> (Williams, West, Cross &amp; Stokes, BJSM 2017;51(3):209-210):
/// <c>EWMA_t = λ·load_t + (1 − λ)·EWMA_{t−1}</c>, <c>λ = 2/(N + 1)</c>, N = 7 for acute (λ = 0.25) and 28 for
/// chronic (λ ≈ 0.0690). Both are seeded with the load of the first recorded day (EWMA_0 = load_0), as in the
/// ACWR R package that implements Williams et al. (Fernandez-Santos, CRAN "ACWR").</item>
/// </list>
/// Units of the loads: per day in the history's <see cref="LoadBasis"/>. Ratios are unitless.
/// A ratio is null while there is too little history (coupled and EWMA: fewer than 28 days since the first
/// run; uncoupled: fewer than 35) or when the chronic load is zero.
/// </summary>
/// <remarks>
/// Bands commonly quoted: 0.8–1.3 "sweet spot", ≥ 1.5 "danger zone" (Gabbett, BJSM 2016;50:273-280). The ratio
/// is a signal, not a predictor: it is a rescaled acute load and adds little over it (Lolli 2019; Impellizzeri
/// et al., Sports Med 2020, doi:10.1007/s40279-020-01378-6).
/// </remarks>
/// <param name="Date">The day the ratios are for (its own load included).</param>
/// <param name="DaysOfHistory">Days from the first recorded run to <paramref name="Date"/>, both included; 0 before it.</param>
/// <param name="AcuteLoad">Mean daily load of the last 7 days.</param>
/// <param name="CoupledChronicLoad">Mean daily load of the last 28 days.</param>
/// <param name="Coupled">Coupled rolling ratio.</param>
/// <param name="UncoupledChronicLoad">Mean daily load of the 28 days before the last 7.</param>
/// <param name="Uncoupled">Uncoupled rolling ratio.</param>
/// <param name="EwmaAcute">Acute EWMA (N = 7); null before the first run.</param>
/// <param name="EwmaChronic">Chronic EWMA (N = 28); null before the first run.</param>
/// <param name="Ewma">EWMA ratio.</param>
public sealed record AcuteChronicRatio(
    DateOnly Date,
    int DaysOfHistory,
    double AcuteLoad,
    double CoupledChronicLoad,
    double? Coupled,
    double UncoupledChronicLoad,
    double? Uncoupled,
    double? EwmaAcute,
    double? EwmaChronic,
    double? Ewma)
{
    /// <summary>Acute window, days.</summary>
    public const int AcuteDays = 7;

    /// <summary>Chronic window, days.</summary>
    public const int ChronicDays = 28;

    /// <summary>Williams et al. 2017 acute decay, 2/(7+1).</summary>
    public const double AcuteLambda = 2.0 / (AcuteDays + 1);

    /// <summary>Williams et al. 2017 chronic decay, 2/(28+1).</summary>
    public const double ChronicLambda = 2.0 / (ChronicDays + 1);

    /// <summary>The ratios on <paramref name="date"/>.</summary>
    public static AcuteChronicRatio On(TrainingHistory history, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(history);
        var series = Series(history, date, date);
        return series[0];
    }

    /// <summary>The ratios on every day from <paramref name="from"/> to <paramref name="to"/> inclusive, in O(history + days).</summary>
    public static IReadOnlyList<AcuteChronicRatio> Series(TrainingHistory history, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (to < from)
            return [];

        var result = new AcuteChronicRatio[to.DayNumber - from.DayNumber + 1];
        var first = history.FirstRunDate;

        // The EWMA has to run from the first recorded day; walk it up to 'from' first.
        double acute = 0, chronic = 0;
        var ewmaDay = first ?? DateOnly.MaxValue;
        if (first is { } start)
        {
            acute = chronic = history.Day(start).Load;
            for (var d = start.AddDays(1); d < from; d = d.AddDays(1))
                (acute, chronic) = Step(acute, chronic, history.Day(d).Load);
        }

        for (var i = 0; i < result.Length; i++)
        {
            var day = from.AddDays(i);
            double? ewmaAcute = null, ewmaChronic = null;
            if (day >= ewmaDay)
            {
                if (day > ewmaDay)
                    (acute, chronic) = Step(acute, chronic, history.Day(day).Load);
                ewmaAcute = acute;
                ewmaChronic = chronic;
            }

            result[i] = Compute(history, day, first, ewmaAcute, ewmaChronic);
        }

        return result;
    }

    private static (double Acute, double Chronic) Step(double acute, double chronic, double load) =>
        ((AcuteLambda * load) + ((1 - AcuteLambda) * acute), (ChronicLambda * load) + ((1 - ChronicLambda) * chronic));

    private static AcuteChronicRatio Compute(
        TrainingHistory history, DateOnly day, DateOnly? first, double? ewmaAcute, double? ewmaChronic)
    {
        var daysOfHistory = first is { } f && day >= f ? day.DayNumber - f.DayNumber + 1 : 0;
        var acuteLoad = history.LoadBetween(day.AddDays(-(AcuteDays - 1)), day) / AcuteDays;
        var coupledChronic = history.LoadBetween(day.AddDays(-(ChronicDays - 1)), day) / ChronicDays;
        var uncoupledChronic = history.LoadBetween(day.AddDays(-(ChronicDays + AcuteDays - 1)), day.AddDays(-AcuteDays)) / ChronicDays;
        var enough = daysOfHistory >= ChronicDays;
        var enoughUncoupled = daysOfHistory >= ChronicDays + AcuteDays;
        return new AcuteChronicRatio(
            day,
            daysOfHistory,
            acuteLoad,
            coupledChronic,
            enough ? Ratio(acuteLoad, coupledChronic) : null,
            uncoupledChronic,
            enoughUncoupled ? Ratio(acuteLoad, uncoupledChronic) : null,
            ewmaAcute,
            ewmaChronic,
            enough && ewmaAcute is { } a && ewmaChronic is { } c ? Ratio(a, c) : null);
    }

    private static double? Ratio(double acute, double chronic) => chronic > 0 ? acute / chronic : null;
}
