using System.Globalization;
using Footfall.Activities;

namespace Footfall.Training;

/// <summary>
/// A runner's running history laid out as a daily calendar in their time zone, with explicit zeros
/// for days without runs, from the local date of the first run to that of the last. Every training
/// signal is computed from it. Built once in O(runs + days); range sums are O(1) from prefix sums.
/// </summary>
/// <remarks>
/// A run counts on the local date on which it <em>started</em>, so a run from 23:30 to 00:40 counts
/// wholly on the first day. Activities that are not runs, and runs left out for implausible data
/// (<see cref="RunSummary.CountsAsRun"/>), are left out; the latter are listed in <see cref="LeftOut"/>.
/// </remarks>
public sealed class TrainingHistory
{
    private static readonly IReadOnlyList<RunSummary> NoRuns = [];

    // Invariant: all arrays cover the same days, index 0 = _firstDayNumber; prefix arrays have one more slot.
    private readonly int _firstDayNumber;
    private readonly double[] _meters;
    private readonly double[] _seconds;
    private readonly double[] _load;
    private readonly int[] _runCount;
    private readonly double[] _metersPrefix;
    private readonly double[] _loadPrefix;
    private readonly double[] _secondsPrefix;
    private readonly int[] _runCountPrefix;

    private TrainingHistory(
        TimeZoneInfo zone, LoadBasis basis, IReadOnlyList<RunSummary> runs, IReadOnlyList<DateOnly> runDates,
        int firstDayNumber, int days, int runsWithoutRpe)
    {
        Zone = zone;
        Basis = basis;
        Runs = runs;
        RunDates = runDates;
        RunsWithoutRpe = runsWithoutRpe;
        _firstDayNumber = firstDayNumber;
        _meters = new double[days];
        _seconds = new double[days];
        _load = new double[days];
        _runCount = new int[days];
        _metersPrefix = new double[days + 1];
        _loadPrefix = new double[days + 1];
        _secondsPrefix = new double[days + 1];
        _runCountPrefix = new int[days + 1];
    }

    /// <summary>The longest history accepted, in days (100 years).</summary>
    public const int MaximumDays = 36_525;

    /// <summary>The runner's time zone, used to turn start instants into local dates.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>What <see cref="DailyVolume.Load"/> is measured in.</summary>
    public LoadBasis Basis { get; }

    /// <summary>The runs, oldest first (ties keep input order).</summary>
    public IReadOnlyList<RunSummary> Runs { get; }

    /// <summary>The local date of each run in <see cref="Runs"/>, same order.</summary>
    public IReadOnlyList<DateOnly> RunDates { get; }

    /// <summary>Runs left out of load because their data is implausible, each with its reason.</summary>
    public IReadOnlyList<RunSummary> LeftOut { get; private init; } = NoRuns;

    /// <summary>With <see cref="LoadBasis.SessionRpe"/>: how many runs had no RPE and so added no load.</summary>
    public int RunsWithoutRpe { get; }

    /// <summary>Local date of the first run; null when there are no runs.</summary>
    public DateOnly? FirstRunDate => Runs.Count == 0 ? null : DateOnly.FromDayNumber(_firstDayNumber);

    /// <summary>Local date of the last run; null when there are no runs.</summary>
    public DateOnly? LastRunDate => Runs.Count == 0 ? null : DateOnly.FromDayNumber(_firstDayNumber + _meters.Length - 1);

    /// <summary>Lays out <paramref name="activities"/> (runs and other sports) as a daily running calendar.</summary>
    /// <exception cref="ArgumentException">
    /// A run has a negative or non-finite distance, a negative duration, or an RPE outside 0 to 10; or the runs
    /// span more than <see cref="MaximumDays"/> days.
    /// </exception>
    public static TrainingHistory FromRuns(
        IEnumerable<RunSummary> activities, TimeZoneInfo zone, LoadBasis basis = LoadBasis.Distance)
    {
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(zone);

        var runs = new List<RunSummary>();
        var leftOut = new List<RunSummary>();
        foreach (var activity in activities)
        {
            if (activity.Sport.IsRunning() && activity.LeftOutReason is not null)
                leftOut.Add(activity);
            if (!activity.CountsAsRun)
                continue;
            Validate(activity);
            runs.Add(activity);
        }

        if (runs.Count == 0)
            return new TrainingHistory(zone, basis, NoRuns, [], 0, 0, 0) { LeftOut = leftOut };

        // Stable sort by start so ties keep their input order.
        var ordered = runs.Select((run, index) => (run, index))
            .OrderBy(x => x.run.StartUtc).ThenBy(x => x.index).Select(x => x.run).ToList();
        var dates = new DateOnly[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
            dates[i] = LocalDate(ordered[i].StartUtc, zone);

        // Local dates need not be monotonic in the instant order only if the zone's offset jumps back by more
        // than the gap between two runs; take the true minimum and maximum to be safe.
        var first = dates.Min().DayNumber;
        var last = dates.Max().DayNumber;
        // A corrupt start time (year 1, a zero FIT timestamp) would otherwise make a calendar of millions of days.
        if (last - first >= MaximumDays)
            throw new ArgumentException(
                $"Runs span more than {MaximumDays} days (first {DateOnly.FromDayNumber(first):yyyy-MM-dd}, last {DateOnly.FromDayNumber(last):yyyy-MM-dd}); a start time is probably wrong.",
                nameof(activities));
        var withoutRpe = basis == LoadBasis.SessionRpe ? ordered.Count(r => r.Rpe is null) : 0;
        var history = new TrainingHistory(zone, basis, ordered, dates, first, last - first + 1, withoutRpe) { LeftOut = leftOut };
        history.Fill();
        return history;
    }

    /// <summary>The runner's local calendar date of an instant.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
    }

    /// <summary>The Monday that starts the ISO 8601 week containing <paramref name="date"/>.</summary>
    public static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>One day's running; zeros outside the history.</summary>
    public DailyVolume Day(DateOnly date)
    {
        var i = date.DayNumber - _firstDayNumber;
        return i < 0 || i >= _meters.Length
            ? new DailyVolume(date, Distance.Zero, TimeSpan.Zero, 0, 0)
            : new DailyVolume(date, new Distance(_meters[i]), TimeSpan.FromSeconds(_seconds[i]), _runCount[i], _load[i]);
    }

    /// <summary>Every day from <paramref name="from"/> to <paramref name="to"/> inclusive, zeros where nothing was run.</summary>
    public IReadOnlyList<DailyVolume> Daily(DateOnly from, DateOnly to)
    {
        if (to < from)
            return [];
        var result = new DailyVolume[to.DayNumber - from.DayNumber + 1];
        for (var i = 0; i < result.Length; i++)
            result[i] = Day(from.AddDays(i));
        return result;
    }

    /// <summary>
    /// Every ISO week from the one containing <paramref name="from"/> to the one containing <paramref name="to"/>,
    /// zeros for weeks without runs. Days after <paramref name="to"/> are not counted, so the last week is
    /// partial when <paramref name="to"/> is not a Sunday.
    /// </summary>
    public IReadOnlyList<WeeklyVolume> Weekly(DateOnly from, DateOnly to)
    {
        if (to < from)
            return [];
        var firstWeek = WeekStart(from);
        var count = ((WeekStart(to).DayNumber - firstWeek.DayNumber) / 7) + 1;
        var result = new WeeklyVolume[count];
        for (var w = 0; w < count; w++)
        {
            var start = firstWeek.AddDays(7 * w);
            var end = start.AddDays(6);
            if (end > to)
                end = to;
            var monday = start.ToDateTime(TimeOnly.MinValue);
            result[w] = new WeeklyVolume(
                start,
                ISOWeek.GetYear(monday),
                ISOWeek.GetWeekOfYear(monday),
                new Distance(Sum(_metersPrefix, start, end)),
                TimeSpan.FromSeconds(Sum(_secondsPrefix, start, end)),
                RunCount(start, end),
                Sum(_loadPrefix, start, end));
        }

        return result;
    }

    /// <summary>Total distance run from <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    public Distance DistanceBetween(DateOnly from, DateOnly to) => new(Sum(_metersPrefix, from, to));

    /// <summary>Total load from <paramref name="from"/> to <paramref name="to"/> inclusive, in <see cref="Basis"/> units.</summary>
    public double LoadBetween(DateOnly from, DateOnly to) => Sum(_loadPrefix, from, to);

    /// <summary>Number of runs from <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    public int RunCount(DateOnly from, DateOnly to)
    {
        var (a, b) = Clip(from, to);
        return a >= b ? 0 : _runCountPrefix[b] - _runCountPrefix[a];
    }

    /// <summary>Copies daily loads starting at <paramref name="from"/> into <paramref name="destination"/>, zeros outside the history.</summary>
    internal void CopyLoads(DateOnly from, Span<double> destination)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            var d = from.DayNumber + i - _firstDayNumber;
            destination[i] = d < 0 || d >= _load.Length ? 0 : _load[d];
        }
    }

    private static void Validate(RunSummary run)
    {
        if (!double.IsFinite(run.DistanceMeters) || run.DistanceMeters < 0)
            throw new ArgumentException($"Run {run.Id} has a negative or non-finite distance.", nameof(run));
        if (run.Duration < TimeSpan.Zero)
            throw new ArgumentException($"Run {run.Id} has a negative duration.", nameof(run));
        if (run.Rpe is { } rpe && (!double.IsFinite(rpe) || rpe < 0 || rpe > 10))
            throw new ArgumentException($"Run {run.Id} has an RPE outside 0 to 10.", nameof(run));
    }

    private void Fill()
    {
        for (var r = 0; r < Runs.Count; r++)
        {
            var run = Runs[r];
            var i = RunDates[r].DayNumber - _firstDayNumber;
            _meters[i] += run.DistanceMeters;
            _seconds[i] += run.Duration.TotalSeconds;
            _runCount[i]++;
            _load[i] += Basis switch
            {
                LoadBasis.Distance => run.DistanceMeters / 1000.0,
                LoadBasis.Duration => run.Duration.TotalMinutes,
                LoadBasis.SessionRpe => (run.Rpe ?? 0) * run.Duration.TotalMinutes,
                _ => throw new InvalidOperationException($"Unknown load basis {Basis}."),
            };
        }

        for (var i = 0; i < _meters.Length; i++)
        {
            _metersPrefix[i + 1] = _metersPrefix[i] + _meters[i];
            _secondsPrefix[i + 1] = _secondsPrefix[i] + _seconds[i];
            _loadPrefix[i + 1] = _loadPrefix[i] + _load[i];
            _runCountPrefix[i + 1] = _runCountPrefix[i] + _runCount[i];
        }
    }

    // Half-open prefix indexes [a, b) of the days from..to clipped to the history.
    private (int A, int B) Clip(DateOnly from, DateOnly to)
    {
        var a = Math.Clamp(from.DayNumber - _firstDayNumber, 0, _meters.Length);
        var b = Math.Clamp(to.DayNumber - _firstDayNumber + 1, 0, _meters.Length);
        return (a, b);
    }

    private double Sum(double[] prefix, DateOnly from, DateOnly to)
    {
        var (a, b) = Clip(from, to);
        // Differences of prefix sums can leave -1e-12 style residue; a sum of non-negative values is never negative.
        return a >= b ? 0 : Math.Max(0, prefix[b] - prefix[a]);
    }
}
