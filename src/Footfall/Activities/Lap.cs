namespace Footfall.Activities;

/// <summary>One lap (FIT <c>lap</c> message, TCX <c>Lap</c>).</summary>
/// <param name="Start">Lap start, UTC.</param>
/// <param name="ElapsedTime">Wall-clock time of the lap including pauses.</param>
/// <param name="TimerTime">Time with the timer running (excludes pauses); null when not recorded.</param>
/// <param name="DistanceMeters">Lap distance in metres; null when not recorded.</param>
/// <param name="AverageHeartRateBpm">Average heart rate in beats per minute; null when not recorded.</param>
public sealed record Lap(
    DateTimeOffset? Start,
    TimeSpan ElapsedTime,
    TimeSpan? TimerTime,
    double? DistanceMeters,
    double? AverageHeartRateBpm);
