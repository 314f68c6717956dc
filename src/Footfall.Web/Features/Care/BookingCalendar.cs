using Footfall.Data.Entities;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Footfall.Web.Features.Care;

/// <summary>
/// The iCalendar (RFC 5545) file that goes with a booking email, written with Ical.Net as an iTIP
/// message (RFC 5546): METHOD:REQUEST when booked or moved, METHOD:CANCEL with STATUS:CANCELLED when
/// cancelled. One UID per booking; SEQUENCE rises at every change, or calendar clients ignore the
/// update or the cancellation (cal.com PR #29926). No health details: the title names the clinic only.
/// </summary>
public static class BookingCalendar
{
    public static string Uid(Booking booking)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return $"booking-{booking.Id:N}@footfall";
    }

    public static string Write(Booking booking, Clinic clinic, string practitionerName, string organizerEmail, string attendeeEmail, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(booking);
        ArgumentNullException.ThrowIfNull(clinic);
        var cancelled = booking.Status == BookingStatus.Cancelled;
        var calendar = new Calendar { Method = cancelled ? "CANCEL" : "REQUEST" };
        calendar.ProductId = $"-//Footfall//Footfall {FootfallInfo.Version}//EN";
        var appointment = new CalendarEvent
        {
            Uid = Uid(booking),
            Sequence = booking.Sequence,
            DtStamp = new CalDateTime(stamp.UtcDateTime),
            DtStart = new CalDateTime(DateTime.SpecifyKind(booking.StartUtc, DateTimeKind.Utc)),
            DtEnd = new CalDateTime(DateTime.SpecifyKind(booking.EndUtc, DateTimeKind.Utc)),
            Summary = $"Appointment with {practitionerName} at {clinic.Name}",
            Location = $"{clinic.Name}, {clinic.Address}",
            Status = cancelled ? "CANCELLED" : "CONFIRMED",
            Organizer = new Organizer($"mailto:{organizerEmail}") { CommonName = clinic.Name },
        };
        appointment.Attendees.Add(new Attendee($"mailto:{attendeeEmail}") { Role = "REQ-PARTICIPANT", ParticipationStatus = "ACCEPTED" });
        calendar.Events.Add(appointment);
        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }
}
