namespace Footfall.Recovery;

/// <summary>The pace of one block of a walk-run session.</summary>
public enum WalkRunPace
{
    /// <summary>Brisk walking.</summary>
    Walk = 0,

    /// <summary>Easy jogging, conversational.</summary>
    Jog = 1,

    /// <summary>Steady running at easy training pace.</summary>
    Run = 2,
}
