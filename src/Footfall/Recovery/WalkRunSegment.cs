namespace Footfall.Recovery;

/// <summary>A block of a walk-run session: a pace for a number of minutes (1 to 120).</summary>
public sealed record WalkRunSegment(WalkRunPace Pace, int Minutes);
