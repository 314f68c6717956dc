namespace Footfall.Recovery;

/// <summary>How much running a recovery phase allows.</summary>
public enum RunningAllowance
{
    /// <summary>No running at all (bone stress injuries until cleared, or pain that running provokes).</summary>
    None = 0,

    /// <summary>Shorter, easier, flatter runs within the pain-monitoring limits.</summary>
    Reduced = 1,

    /// <summary>Running as pain allows, within the pain-monitoring limits.</summary>
    AsTolerated = 2,
}
