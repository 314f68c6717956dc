namespace Footfall.Training;

/// <summary>Per-run cadence and stance-time-balance averages with rolling trends.</summary>
public static class GaitTrend
{
    /// <summary>
    /// One point per run up to <paramref name="today"/> that recorded cadence or stance-time balance and lasted at
    /// least <see cref="TrainingThresholds.MinimumGaitRunMinutes"/>, oldest first.
    /// Runs without either are skipped; a metric missing on a run does not break its trend.
    /// </summary>
    public static IReadOnlyList<GaitPoint> Compute(TrainingHistory history, DateOnly today, TrainingThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        thresholds ??= TrainingThresholds.Default;
        var window = Math.Max(1, thresholds.GaitTrendRuns);
        var cadence = new RollingMean(window);
        var balance = new RollingMean(window);
        var points = new List<GaitPoint>();
        for (var r = 0; r < history.Runs.Count; r++)
        {
            var run = history.Runs[r];
            var date = history.RunDates[r];
            var c = Valid(run.AverageCadenceSpm, 0, 300);
            var b = Valid(run.StanceTimeBalanceLeftPercent, 0, 100);
            if (date > today || (c is null && b is null) || run.Duration.TotalMinutes < thresholds.MinimumGaitRunMinutes)
                continue;
            if (c is { } cv)
                cadence.Add(cv);
            if (b is { } bv)
                balance.Add(bv);
            var balanceTrend = balance.Mean;
            points.Add(new GaitPoint(
                run.Id, date, c, cadence.Mean, b, balanceTrend,
                balanceTrend is { } t && balance.Count >= thresholds.MinimumGaitRuns && Math.Abs(t - 50.0) > thresholds.StanceBalanceTolerancePoints));
        }

        return points;
    }

    // Sensor glitches (0, 255, NaN) are dropped rather than averaged in.
    private static double? Valid(double? value, double low, double high) =>
        value is { } v && double.IsFinite(v) && v > low && v < high ? v : null;

    private sealed class RollingMean(int window)
    {
        private readonly double[] _values = new double[window];
        private int _count;
        private int _next;
        private double _sum;

        public double? Mean => _count == 0 ? null : _sum / _count;

        public int Count => _count;

        public void Add(double value)
        {
            if (_count == _values.Length)
                _sum -= _values[_next];
            else
                _count++;
            _values[_next] = value;
            _sum += value;
            _next = (_next + 1) % _values.Length;
        }
    }
}
