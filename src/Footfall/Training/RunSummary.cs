namespace Footfall.Training;

/// <summary>
/// One activity as the training signals need it: the lead maps each imported activity to one of these.
/// </summary>
/// <param name="Id">The activity's id.</param>
/// <param name="StartUtc">When the activity started. The local day it counts on comes from the runner's time zone.</param>
/// <param name="Sport">The sport as the source names it ("running", "Run", "Trail Run", "cycling"...). See <see cref="IsRun"/>.</param>
/// <param name="DistanceMeters">Distance in metres, 0 or more.</param>
/// <param name="Duration">Moving or timer time of the activity, zero or more.</param>
/// <param name="AverageCadenceSpm">Average cadence in steps per minute (both feet; FIT stores per-leg rpm, which the mapping doubles).</param>
/// <param name="StanceTimeBalanceLeftPercent">Average ground-contact-time balance, percent on the left foot (50 = even), when a running-dynamics sensor recorded it.</param>
/// <param name="ShoeId">The shoe the run was done in, when assigned.</param>
/// <param name="Rpe">Session rating of perceived exertion on Foster's CR-10 scale (0 to 10), when the runner gave one.</param>
public sealed record RunSummary(
    Guid Id,
    DateTimeOffset StartUtc,
    string Sport,
    double DistanceMeters,
    TimeSpan Duration,
    double? AverageCadenceSpm = null,
    double? StanceTimeBalanceLeftPercent = null,
    Guid? ShoeId = null,
    double? Rpe = null)
{
    /// <summary>
    /// True for running of any kind: any sport name containing "run" (case-insensitive) or "treadmill",
    /// which covers FIT's "running", Strava's "Run", "Trail Run" and "Virtual Run", and Garmin's
    /// "trail_running" and "treadmill_running". Other sports are ignored by the running signals.
    /// </summary>
    public bool IsRun =>
        Sport.Contains("run", StringComparison.OrdinalIgnoreCase)
        || Sport.Contains("treadmill", StringComparison.OrdinalIgnoreCase);
}
