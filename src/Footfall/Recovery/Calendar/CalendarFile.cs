using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Footfall.Recovery.Calendar;

/// <summary>
/// Writes an iCalendar file (RFC 5545) with a daily check-in schedule and appointments, through Ical.Net:
/// CRLF line ends, lines folded at 75 octets, TEXT values escaped, a UID, DTSTAMP and SEQUENCE on every
/// event, RRULE for the daily check-in, a VALARM reminder, and STATUS:CANCELLED for a cancelled appointment
/// (with its SEQUENCE raised, so a calendar that imported it replaces it, RFC 5545 §3.8.7.4).
/// </summary>
public static class CalendarFile
{
    /// <summary>The media type to serve the file with.</summary>
    public const string MediaType = "text/calendar";

    /// <summary>Longest content line in octets, not counting the CRLF (RFC 5545 §3.1).</summary>
    public const int MaxLineOctets = 75;

    /// <summary>The calendar as text.</summary>
    /// <param name="reminders">Daily check-in schedules.</param>
    /// <param name="appointments">Appointments, cancelled ones included.</param>
    /// <param name="stamp">When the file is made (DTSTAMP), from the caller's clock.</param>
    /// <param name="calendarName">Shown by calendar apps that honour X-WR-CALNAME.</param>
    public static string Write(IEnumerable<CheckInReminder> reminders, IEnumerable<Appointment> appointments, DateTimeOffset stamp, string calendarName = "Footfall")
    {
        ArgumentNullException.ThrowIfNull(reminders);
        ArgumentNullException.ThrowIfNull(appointments);
        var calendar = new Ical.Net.Calendar
        {
            ProductId = $"-//Footfall//Footfall {FootfallInfo.Version}//EN",
            Scale = "GREGORIAN",
            Method = "PUBLISH",
        };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        var dtStamp = new CalDateTime(stamp.UtcDateTime);

        foreach (var r in reminders)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(r.Days, 1, nameof(reminders));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(r.Days, 366, nameof(reminders));
            var daily = new CalendarEvent
            {
                Uid = RequireUid(r.Uid),
                DtStamp = dtStamp,
                // A floating time (no zone): 20:00 wherever the runner is.
                DtStart = new CalDateTime(r.FirstDay, r.TimeOfDay),
                Duration = Duration.FromMinutes(5),
                Summary = Text(r.Summary),
                Description = Text(r.Description),
                Transparency = TransparencyType.Transparent,
                Sequence = 0,
                RecurrenceRule = new RecurrencePattern(FrequencyType.Daily, 1) { Count = r.Days },
            };
            AddAlarm(daily, r.RemindBefore, r.Summary);
            calendar.Events.Add(daily);
        }

        foreach (var a in appointments)
        {
            if (a.End <= a.Start)
            {
                throw new ArgumentException($"Appointment {a.Uid} ends before it starts.", nameof(appointments));
            }

            ArgumentOutOfRangeException.ThrowIfNegative(a.Sequence, nameof(appointments));
            var appointment = new CalendarEvent
            {
                Uid = RequireUid(a.Uid),
                DtStamp = dtStamp,
                DtStart = new CalDateTime(a.Start.UtcDateTime),
                DtEnd = new CalDateTime(a.End.UtcDateTime),
                Summary = Text(a.Summary),
                Location = string.IsNullOrEmpty(a.Location) ? null : Text(a.Location),
                Description = string.IsNullOrEmpty(a.Description) ? null : Text(a.Description),
                Status = a.IsCancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
                Sequence = a.Sequence,
            };
            if (!a.IsCancelled)
            {
                AddAlarm(appointment, a.RemindBefore, a.Summary);
            }

            calendar.Events.Add(appointment);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    private static void AddAlarm(CalendarEvent calendarEvent, TimeSpan? before, string summary)
    {
        if (before is not { } lead)
        {
            return;
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(lead, TimeSpan.Zero, nameof(before));
        calendarEvent.Alarms.Add(new Alarm
        {
            Action = AlarmAction.Display,
            Description = Text(summary),
            Trigger = new Trigger(Duration.FromTimeSpanExact(-lead)),
        });
    }

    // TEXT may not hold control characters other than line breaks and tabs (RFC 5545 §3.3.11);
    // a runner's title with one would otherwise break the file for strict readers.
    private static string Text(string value) =>
        string.Concat(value.Where(c => !char.IsControl(c) || c is '\n' or '\r' or '\t'));

    private static string RequireUid(string uid) =>
        string.IsNullOrWhiteSpace(uid) ? throw new ArgumentException("Every calendar event needs a UID.", nameof(uid)) : uid;
}
