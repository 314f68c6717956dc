namespace Footfall.Care.Booking;

/// <summary>A start time that cannot be booked, with one sentence a runner can act on.</summary>
public sealed record BookingRefusal(BookingRefusalReason Reason, string Message);
