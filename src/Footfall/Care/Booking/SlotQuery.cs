namespace Footfall.Care.Booking;

/// <summary>
/// Everything free slots depend on for one practitioner at one clinic: the clinic's clock, the
/// practitioner's weekly hours and exceptions there, what they are already busy with (at any clinic),
/// the appointment type, the clinic's policy, now, and the clinic-local dates to search.
/// </summary>
public sealed record SlotQuery(
    ClinicClock Clock,
    IReadOnlyList<WorkingHours> Hours,
    IReadOnlyList<BlockedTime> Blocks,
    IReadOnlyList<BusyTime> Busy,
    AppointmentType Type,
    BookingPolicy Policy,
    DateTimeOffset Now,
    DateOnly FirstDay,
    DateOnly LastDay);
