namespace Footfall.Activities;

/// <summary>
/// One recorded activity decoded from a FIT, GPX or TCX file. Immutable. Totals come from the file's
/// own summary where it has one (FIT <c>session</c>, TCX <c>Lap</c>), otherwise from the samples.
/// </summary>
/// <param name="Format">The format decoded.</param>
/// <param name="Sport">The sport; <see cref="Sport.Multisport"/> when a FIT file holds sessions of different sports.</param>
/// <param name="Start">Start time, UTC; null only for GPX/TCX tracks without any time (routes).</param>
/// <param name="Duration">Elapsed time including pauses; zero when the file has no times.</param>
/// <param name="DistanceMeters">Total distance in metres, ≥ 0.</param>
/// <param name="Laps">Laps in file order; empty when the file has none.</param>
/// <param name="Samples">Recorded points in file order.</param>
public sealed record Activity(
    ActivityFormat Format,
    Sport Sport,
    DateTimeOffset? Start,
    TimeSpan Duration,
    double DistanceMeters,
    IReadOnlyList<Lap> Laps,
    IReadOnlyList<ActivitySample> Samples)
{
    /// <summary>Time with the timer running (excludes pauses): FIT session <c>total_timer_time</c>, TCX lap
    /// <c>TotalTimeSeconds</c> summed; null when the file does not say.</summary>
    public TimeSpan? TimerTime { get; init; }

    /// <summary>The device's offset from UTC when the activity was recorded (FIT <c>activity</c>
    /// <c>local_timestamp</c> − <c>timestamp</c>), for placing it on the runner's local calendar day;
    /// null when the file does not say (GPX and TCX times are UTC only).</summary>
    public TimeSpan? UtcOffset { get; init; }

    /// <summary>Set when the file was damaged (a bad checksum, a truncated tail, a broken record) and only the
    /// records before the damage were kept; null for a whole file.</summary>
    public ActivityDamage? Damage { get; init; }
}
