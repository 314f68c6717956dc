namespace Footfall.Care.Booking;

/// <summary>
/// A free start time: the real instants (UTC) and the clinic's wall-clock start with its UTC offset
/// on that day, so a runner always sees the clinic's time labelled with its zone.
/// </summary>
public sealed record Slot(DateTimeOffset Start, DateTimeOffset End, DateTimeOffset LocalStart)
{
    /// <summary>The clinic-local date the slot starts on.</summary>
    public DateOnly LocalDate => DateOnly.FromDateTime(LocalStart.DateTime);
}
