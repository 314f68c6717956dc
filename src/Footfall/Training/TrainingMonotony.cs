namespace Footfall.Training;

/// <summary>
/// Foster's training monotony and strain over seven consecutive days (Foster C., Med Sci Sports Exerc
/// 1998;30(7):1164-1168): <c>monotony = mean daily load / SD of daily load</c> and
/// <c>strain = weekly load × monotony</c>. Days without runs count as zero load, the mean is total/7 and the SD
/// is the population SD over the 7 days, as in Runalyze (<c>Sports/Performance/Monotony.php</c>).
/// </summary>
/// <remarks>
/// When every day has the same positive load the SD is zero and monotony is unbounded; like Runalyze it is then
/// capped at <see cref="MaximumMonotony"/> (10), and any value is clamped to 0…10. With no load at all the
/// week has no monotony or strain (null). Foster gave no fixed cut-off; monotony above 2.0 is a practitioner
/// convention (Runalyze warns at 1.5 and marks 2.0 as critical).
/// </remarks>
/// <param name="From">First of the seven days.</param>
/// <param name="WeeklyLoad">Total load of the seven days.</param>
/// <param name="MeanDailyLoad">WeeklyLoad / 7.</param>
/// <param name="StandardDeviation">Population SD of the seven daily loads.</param>
/// <param name="Monotony">Mean / SD, 0 to 10; null without load.</param>
/// <param name="Strain">WeeklyLoad × Monotony; null without load.</param>
public sealed record TrainingMonotony(
    DateOnly From, double WeeklyLoad, double MeanDailyLoad, double StandardDeviation, double? Monotony, double? Strain)
{
    /// <summary>The cap on monotony, used when the SD is zero (Runalyze convention).</summary>
    public const double MaximumMonotony = 10.0;

    /// <summary>The last of the seven days.</summary>
    public DateOnly To => From.AddDays(6);

    /// <summary>
    /// Monotony and strain of the seven days starting on <paramref name="from"/>; days after
    /// <paramref name="asOf"/> (when given) count as rest, so a week in progress is read as it stands.
    /// </summary>
    public static TrainingMonotony ForWeek(TrainingHistory history, DateOnly from, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        Span<double> loads = stackalloc double[7];
        history.CopyLoads(from, loads);
        if (asOf is { } last)
        {
            for (var i = Math.Max(0, last.DayNumber - from.DayNumber + 1); i < loads.Length; i++)
                loads[i] = 0;
        }

        return Compute(from, loads);
    }

    /// <summary>Monotony and strain of seven daily loads (each 0 or more) starting on <paramref name="from"/>.</summary>
    /// <exception cref="ArgumentException">Not exactly seven loads.</exception>
    public static TrainingMonotony Compute(DateOnly from, ReadOnlySpan<double> dailyLoads)
    {
        if (dailyLoads.Length != 7)
            throw new ArgumentException("Monotony needs exactly seven daily loads.", nameof(dailyLoads));

        double sum = 0;
        foreach (var load in dailyLoads)
            sum += load;
        var mean = sum / 7.0;
        double squares = 0;
        foreach (var load in dailyLoads)
            squares += (load - mean) * (load - mean);
        var sd = Math.Sqrt(squares / 7.0);

        if (sum <= 0)
            return new TrainingMonotony(from, 0, 0, 0, null, null);

        // Relative tolerance: seven equal loads can leave an SD of ~1e-16 x mean from rounding.
        var monotony = sd <= mean * 1e-9 ? MaximumMonotony : Math.Min(MaximumMonotony, mean / sd);
        return new TrainingMonotony(from, sum, mean, sd, monotony, sum * monotony);
    }
}
