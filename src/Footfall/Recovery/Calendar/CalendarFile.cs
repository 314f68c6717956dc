using System.Globalization;
using System.Text;

namespace Footfall.Recovery.Calendar;

/// <summary>
/// Writes an iCalendar file (RFC 5545) with a daily check-in schedule and appointments: CRLF line ends,
/// lines folded at 75 octets without splitting a UTF-8 sequence, TEXT values escaped (backslash, semicolon,
/// comma, newline), a UID and DTSTAMP on every event, RRULE for the daily check-in and a VALARM reminder.
/// </summary>
public static class CalendarFile
{
    /// <summary>The media type to serve the file with.</summary>
    public const string MediaType = "text/calendar";

    /// <summary>Longest content line in octets, not counting the CRLF (RFC 5545 §3.1).</summary>
    public const int MaxLineOctets = 75;

    private const string Crlf = "\r\n";

    /// <summary>The calendar as text.</summary>
    /// <param name="reminders">Daily check-in schedules.</param>
    /// <param name="appointments">Appointments.</param>
    /// <param name="stamp">When the file is made (DTSTAMP), from the caller's clock.</param>
    /// <param name="calendarName">Shown by calendar apps that honour X-WR-CALNAME.</param>
    public static string Write(IEnumerable<CheckInReminder> reminders, IEnumerable<Appointment> appointments, DateTimeOffset stamp, string calendarName = "Footfall")
    {
        ArgumentNullException.ThrowIfNull(reminders);
        ArgumentNullException.ThrowIfNull(appointments);
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            $"PRODID:-//Footfall//Footfall {FootfallInfo.Version}//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + EscapeText(calendarName),
        };

        var dtStamp = "DTSTAMP:" + UtcDateTime(stamp);
        foreach (var r in reminders)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(r.Days, 1, nameof(reminders));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(r.Days, 366, nameof(reminders));
            var start = r.FirstDay.ToDateTime(r.TimeOfDay);
            lines.Add("BEGIN:VEVENT");
            lines.Add("UID:" + EscapeText(RequireUid(r.Uid)));
            lines.Add(dtStamp);
            lines.Add("DTSTART:" + start.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture));
            lines.Add("DURATION:PT5M");
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"RRULE:FREQ=DAILY;COUNT={r.Days}"));
            lines.Add("SUMMARY:" + EscapeText(r.Summary));
            lines.Add("DESCRIPTION:" + EscapeText(r.Description));
            lines.Add("TRANSP:TRANSPARENT");
            AddAlarm(lines, r.RemindBefore, r.Summary);
            lines.Add("END:VEVENT");
        }

        foreach (var a in appointments)
        {
            if (a.End <= a.Start)
            {
                throw new ArgumentException($"Appointment {a.Uid} ends before it starts.", nameof(appointments));
            }

            lines.Add("BEGIN:VEVENT");
            lines.Add("UID:" + EscapeText(RequireUid(a.Uid)));
            lines.Add(dtStamp);
            lines.Add("DTSTART:" + UtcDateTime(a.Start));
            lines.Add("DTEND:" + UtcDateTime(a.End));
            lines.Add("SUMMARY:" + EscapeText(a.Summary));
            if (!string.IsNullOrEmpty(a.Location))
            {
                lines.Add("LOCATION:" + EscapeText(a.Location));
            }

            if (!string.IsNullOrEmpty(a.Description))
            {
                lines.Add("DESCRIPTION:" + EscapeText(a.Description));
            }

            lines.Add("STATUS:CONFIRMED");
            AddAlarm(lines, a.RemindBefore, a.Summary);
            lines.Add("END:VEVENT");
        }

        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(Fold(line));
        }

        return text.ToString();
    }

    /// <summary>Escapes a TEXT value (RFC 5545 §3.3.11): \ ; , and line breaks; other control characters are dropped.</summary>
    public static string EscapeText(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var text = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': text.Append(@"\\"); break;
                case ';': text.Append(@"\;"); break;
                case ',': text.Append(@"\,"); break;
                case '\r':
                    text.Append(@"\n");
                    if (i + 1 < value.Length && value[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n': text.Append(@"\n"); break;
                case '\t': text.Append(c); break;
                default:
                    if (!char.IsControl(c))
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// One content line folded to at most 75 octets per physical line (continuations start with a space,
    /// which counts), each ended by CRLF; a UTF-8 sequence or surrogate pair is never split.
    /// </summary>
    public static string Fold(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var folded = new StringBuilder(line.Length + 8);
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxLineOctets)
            {
                folded.Append(Crlf).Append(' ');
                octets = 1;
            }

            folded.Append(rune.ToString());
            octets += size;
        }

        return folded.Append(Crlf).ToString();
    }

    private static void AddAlarm(List<string> lines, TimeSpan? before, string summary)
    {
        if (before is not { } lead)
        {
            return;
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(lead, TimeSpan.Zero, nameof(before));
        lines.Add("BEGIN:VALARM");
        lines.Add("ACTION:DISPLAY");
        lines.Add("DESCRIPTION:" + EscapeText(summary));
        lines.Add("TRIGGER:" + (lead == TimeSpan.Zero ? "PT0S" : "-" + Duration(lead)));
        lines.Add("END:VALARM");
    }

    /// <summary>An RFC 5545 duration such as P1DT2H30M.</summary>
    private static string Duration(TimeSpan span)
    {
        var text = new StringBuilder("P");
        if (span.Days > 0)
        {
            text.Append(span.Days.ToString(CultureInfo.InvariantCulture)).Append('D');
        }

        if (span.Hours > 0 || span.Minutes > 0 || span.Seconds > 0)
        {
            text.Append('T');
            if (span.Hours > 0)
            {
                text.Append(span.Hours.ToString(CultureInfo.InvariantCulture)).Append('H');
            }

            if (span.Minutes > 0)
            {
                text.Append(span.Minutes.ToString(CultureInfo.InvariantCulture)).Append('M');
            }

            if (span.Seconds > 0)
            {
                text.Append(span.Seconds.ToString(CultureInfo.InvariantCulture)).Append('S');
            }
        }

        return text.Length == 1 ? "PT0S" : text.ToString();
    }

    private static string UtcDateTime(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string RequireUid(string uid) =>
        string.IsNullOrWhiteSpace(uid) ? throw new ArgumentException("Every calendar event needs a UID.", nameof(uid)) : uid;
}
