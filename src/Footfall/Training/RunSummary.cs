using Footfall.Activities;

namespace Footfall.Training;

/// <summary>
/// One activity as the training signals need it: the lead maps each imported activity to one of these.
/// </summary>
/// <param name="Id">The activity's id.</param>
/// <param name="StartUtc">When the activity started. The local day it counts on comes from the runner's time zone.</param>
/// <param name="Sport">The sport; only <see cref="SportExtensions.IsRunning"/> activities count as runs.</param>
/// <param name="DistanceMeters">Distance in metres, 0 or more.</param>
/// <param name="Duration">Moving or timer time of the activity, zero or more.</param>
/// <param name="AverageCadenceSpm">Average cadence in steps per minute (both feet; FIT stores per-leg rpm, which the mapping doubles).</param>
/// <param name="StanceTimeBalanceLeftPercent">Average ground-contact-time balance, percent on the left foot (50 = even), when a running-dynamics sensor recorded it.</param>
/// <param name="ShoeId">The shoe the run was done in, when assigned.</param>
/// <param name="Rpe">Session rating of perceived exertion on Foster's CR-10 scale (0 to 10), when the runner gave one.</param>
/// <param name="LeftOutReason">Why the activity is left out of load (impossible speeds, time covering part of the
/// track; see <see cref="ActivitySanity"/>), or null when it counts.</param>
public sealed record RunSummary(
    Guid Id,
    DateTimeOffset StartUtc,
    Sport Sport,
    double DistanceMeters,
    TimeSpan Duration,
    double? AverageCadenceSpm = null,
    double? StanceTimeBalanceLeftPercent = null,
    Guid? ShoeId = null,
    double? Rpe = null,
    string? LeftOutReason = null)
{
    /// <summary>True when the activity is a run that counts in load: running, and not left out.</summary>
    public bool CountsAsRun => Sport.IsRunning() && LeftOutReason is null;
}
