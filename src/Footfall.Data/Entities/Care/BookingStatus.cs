namespace Footfall.Data.Entities;

/// <summary>A booking's state. Only <see cref="Booked"/> bookings hold their time (the no-overlap rule covers them alone).</summary>
public enum BookingStatus
{
    Booked = 0,
    Cancelled = 1,
}
