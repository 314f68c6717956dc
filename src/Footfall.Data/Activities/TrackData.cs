namespace Footfall.Data.Activities;

/// <summary>
/// The chart samples of one activity as stored in <see cref="Entities.ActivityTrack.Data"/>: parallel
/// float32 columns of equal length, <see cref="float.NaN"/> where the device recorded nothing, at most
/// <see cref="TrackCodec.MaxPoints"/> points (downsampled by bucket means).
/// </summary>
/// <param name="Seconds">Elapsed time since the activity's start, seconds, ascending.</param>
/// <param name="DistanceMeters">Cumulative distance, metres.</param>
/// <param name="SpeedMetersPerSecond">Speed, m/s.</param>
/// <param name="HeartRateBpm">Heart rate, beats per minute.</param>
/// <param name="Cadence">Cadence, steps per minute for running and walking (revolutions per minute otherwise).</param>
/// <param name="AltitudeMeters">Altitude, metres.</param>
/// <param name="PowerWatts">Power, watts (all NaN for tracks stored before power was kept).</param>
public sealed record TrackData(
    float[] Seconds,
    float[] DistanceMeters,
    float[] SpeedMetersPerSecond,
    float[] HeartRateBpm,
    float[] Cadence,
    float[] AltitudeMeters,
    float[] PowerWatts)
{
    /// <summary>Number of points.</summary>
    public int Count => Seconds.Length;

    /// <summary>A track without points.</summary>
    public static TrackData Empty { get; } = new([], [], [], [], [], [], []);
}
