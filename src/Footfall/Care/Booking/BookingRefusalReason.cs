namespace Footfall.Care.Booking;

/// <summary>Why a start time cannot be booked.</summary>
public enum BookingRefusalReason
{
    InThePast,
    TooLittleNotice,
    BeyondHorizon,
    DoesNotExist,
    OutsideHours,
    LongerThanFreeTime,
    Blocked,
    Taken,
    NotAnOfferedTime,
}
