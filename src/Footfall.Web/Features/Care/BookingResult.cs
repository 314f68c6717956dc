using Footfall.Care.Booking;
using Footfall.Data.Entities;

namespace Footfall.Web.Features.Care;

/// <summary>A booking made or moved, or the refusal of a runner who lost the race for the time, with the next free slots to choose from.</summary>
public sealed record BookingResult(Booking? Booking, BookingRefusal? Refusal, IReadOnlyList<Slot> NextFree)
{
    public bool Taken => Booking is null;
}
