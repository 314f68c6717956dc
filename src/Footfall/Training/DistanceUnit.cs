namespace Footfall.Training;

/// <summary>The unit a runner reads and enters distances in (an account setting). Stored values stay metres.</summary>
public enum DistanceUnit
{
    /// <summary>Kilometres (1 km = 1,000 m); pace per kilometre.</summary>
    Kilometres = 0,

    /// <summary>International miles (1 mi = 1,609.344 m, the 1959 international yard and pound agreement); pace per mile.</summary>
    Miles = 1,
}
