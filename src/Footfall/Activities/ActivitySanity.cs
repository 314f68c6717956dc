using System.Globalization;

namespace Footfall.Activities;

/// <summary>
/// Whether an activity's figures can be believed before they are shown as pace or counted in load: a
/// time that covers only part of the track (a GPX with 5 timed points out of 296 shows 4.58 km in 0:57),
/// or an average speed no one reaches in the sport. A flagged activity is kept and shown, with the reason,
/// but left out of load.
/// </summary>
public static class ActivitySanity
{
    /// <summary>Below this share of timed points the time is taken to cover part of the track only.</summary>
    public const double MinimumTimedShare = 0.9;

    /// <summary>
    /// The fastest plausible average speed per sport, m/s: running 6.5 (a 2:40/km average; the marathon record
    /// averages 5.9 m/s), walking and hiking 3 (10.8 km/h), swimming 2.5 (the 50 m freestyle record averages
    /// 2.4 m/s), cycling 25 (90 km/h). Expert estimates, generous on purpose: they catch broken files, not fast
    /// athletes.
    /// </summary>
    public static double? MaximumAverageSpeed(Sport sport) => sport switch
    {
        Sport.Running => 6.5,
        Sport.Walking or Sport.Hiking => 3,
        Sport.Swimming => 2.5,
        Sport.Cycling => 25,
        _ => null,
    };

    /// <summary>The reason the activity's figures cannot be believed, in plain words; null when they can.</summary>
    /// <param name="sport">The activity's sport.</param>
    /// <param name="distanceMeters">Its distance, metres.</param>
    /// <param name="duration">Its time (timer time when known), zero or more.</param>
    /// <param name="samples">Recorded points.</param>
    /// <param name="timedSamples">Recorded points with a time; null when not known (taken as all).</param>
    public static string? Check(Sport sport, double distanceMeters, TimeSpan duration, int samples, int? timedSamples)
    {
        var c = CultureInfo.InvariantCulture;
        if (timedSamples is { } timed && samples > 0 && timed < samples * MinimumTimedShare)
        {
            return string.Create(c, $"Only {timed:N0} of its {samples:N0} points have a time, so its time covers only part of the track: its time, pace and load cannot be worked out.");
        }

        if (distanceMeters >= 100 && duration <= TimeSpan.Zero)
        {
            return "It has a distance but no time, so its pace and load cannot be worked out.";
        }

        if (MaximumAverageSpeed(sport) is { } max && duration > TimeSpan.Zero && distanceMeters >= 100
            && distanceMeters / duration.TotalSeconds > max)
        {
            var kmh = distanceMeters / duration.TotalSeconds * 3.6;
            return string.Create(c, $"Its average speed, {kmh:0.#} km/h, is beyond what anyone reaches in {sport.Label().ToLowerInvariant()} (more than {max * 3.6:0} km/h): the file's time or distance is probably wrong, or the sport is.");
        }

        return null;
    }
}
