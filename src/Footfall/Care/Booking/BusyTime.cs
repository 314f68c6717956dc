namespace Footfall.Care.Booking;

/// <summary>A stretch of real time in which a practitioner is taken: a booking's start to the end of its buffer.</summary>
public readonly record struct BusyTime(DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>True when the half-open ranges [Start, End) and [start, end) share an instant.</summary>
    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) => Start < end && start < End;
}
