using Footfall.Activities;

namespace Footfall.Web.Features.History;

/// <summary>One row of the history list: an activity's summary, start as stored (UTC).</summary>
/// <param name="Id">The activity's id.</param>
/// <param name="StartUtc">Start, UTC.</param>
/// <param name="Sport">The sport.</param>
/// <param name="DistanceMeters">Distance, metres.</param>
/// <param name="DurationSeconds">Time, seconds.</param>
/// <param name="AverageHeartRateBpm">Average heart rate, beats a minute.</param>
/// <param name="AverageCadenceSpm">Average cadence, steps a minute on foot (revolutions otherwise).</param>
/// <param name="SourceName">The file it came from.</param>
/// <param name="ShoeId">The shoe worn, when assigned.</param>
/// <param name="LeftOutReason">Why the activity's figures cannot be believed and it is left out of load
/// (<see cref="ActivitySanity"/>); null when it counts.</param>
public sealed record ActivityRow(
    Guid Id, DateTime StartUtc, Sport Sport, double DistanceMeters, double DurationSeconds, double? AverageHeartRateBpm,
    double? AverageCadenceSpm, string SourceName, Guid? ShoeId, string? LeftOutReason);
