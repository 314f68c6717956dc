namespace Footfall.Training;

/// <summary>Where a signal's value sits against its documented band. Never a risk level.</summary>
public enum SignalBand
{
    /// <summary>Not enough data to compute the value, or to place a value computed from partial history in a band.</summary>
    Unavailable,

    /// <summary>Below the usual band.</summary>
    Low,

    /// <summary>Within the usual band.</summary>
    Normal,

    /// <summary>Above the usual band: worth a look, not a prediction.</summary>
    High,

    /// <summary>No band is defined for this value: it is for comparing with the runner's own weeks.</summary>
    NoBand,
}
