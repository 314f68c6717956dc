using Footfall.Care.Booking;
using Footfall.Data.Entities;

namespace Footfall.Web.Features.Care;

/// <summary>The domain's booking rules and clock for a stored clinic.</summary>
public static class ClinicPolicy
{
    public static BookingPolicy PolicyOf(Clinic clinic)
    {
        ArgumentNullException.ThrowIfNull(clinic);
        return new BookingPolicy
        {
            MinimumNotice = TimeSpan.FromMinutes(clinic.MinimumNoticeMinutes),
            Horizon = TimeSpan.FromDays(clinic.HorizonDays),
            CancellationNotice = TimeSpan.FromHours(clinic.CancellationNoticeHours),
            SlotStep = TimeSpan.FromMinutes(Math.Max(5, clinic.SlotStepMinutes)),
        };
    }

    public static ClinicClock ClockOf(Clinic clinic)
    {
        ArgumentNullException.ThrowIfNull(clinic);
        return ClinicClock.TryForZone(clinic.TimeZoneId, out var clock) ? clock : ClinicClock.ForZone("UTC");
    }

    public static AppointmentType TypeOf(AppointmentTypeEntry type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return new AppointmentType(type.Name, TimeSpan.FromMinutes(type.DurationMinutes), TimeSpan.FromMinutes(type.BufferMinutes));
    }
}
