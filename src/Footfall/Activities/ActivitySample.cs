namespace Footfall.Activities;

/// <summary>
/// One recorded point of an activity (a FIT <c>record</c> message, a GPX <c>trkpt</c>, a TCX
/// <c>Trackpoint</c>). Every measurement is optional: <see langword="null"/> means the device did not
/// record it (FIT invalid-value sentinel, missing XML element).
/// </summary>
/// <param name="Time">When the point was recorded, UTC. Null only for GPX/TCX points without a time.</param>
/// <param name="Latitude">WGS 84 latitude in degrees, −90..90 (FIT semicircles × 180 / 2³¹).</param>
/// <param name="Longitude">WGS 84 longitude in degrees, −180..180.</param>
/// <param name="DistanceMeters">Cumulative distance from the start in metres, as the device reported it
/// (GPX: haversine sum along the track).</param>
/// <param name="SpeedMetersPerSecond">Speed in m/s (FIT <c>enhanced_speed</c> preferred over <c>speed</c>).</param>
/// <param name="HeartRateBpm">Heart rate in beats per minute.</param>
/// <param name="Cadence">Steps per minute (both feet) for running, walking and hiking: FIT
/// <c>cadence</c> + <c>fractional_cadence</c>/128, TCX <c>RunCadence</c> and GPX <c>cad</c> count strides
/// (one foot) and are doubled. Revolutions per minute for every other sport.</param>
/// <param name="AltitudeMeters">Altitude in metres (FIT <c>enhanced_altitude</c> preferred).</param>
/// <param name="StanceTimeMs">Ground contact time in milliseconds (FIT running dynamics).</param>
/// <param name="StanceTimeBalanceLeftPercent">Share of ground contact time on the left foot, % (50 = even).</param>
/// <param name="VerticalOscillationMm">Vertical oscillation of the torso in millimetres.</param>
/// <param name="VerticalRatioPercent">Vertical oscillation divided by step length, %.</param>
/// <param name="StepLengthMm">Step length in millimetres.</param>
/// <param name="PowerWatts">Power in watts (FIT <c>power</c>, or a developer field such as Stryd's that stands in
/// for it; GPX <c>power</c>, TCX <c>Watts</c>).</param>
public readonly record struct ActivitySample(
    DateTimeOffset? Time,
    double? Latitude,
    double? Longitude,
    double? DistanceMeters,
    double? SpeedMetersPerSecond,
    double? HeartRateBpm,
    double? Cadence,
    double? AltitudeMeters,
    double? StanceTimeMs = null,
    double? StanceTimeBalanceLeftPercent = null,
    double? VerticalOscillationMm = null,
    double? VerticalRatioPercent = null,
    double? StepLengthMm = null,
    double? PowerWatts = null);
