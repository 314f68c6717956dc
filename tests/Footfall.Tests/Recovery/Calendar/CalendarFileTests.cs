using System.Text;
using Footfall.Recovery.Calendar;

namespace Footfall.Tests.Recovery.Calendar;

public sealed class CalendarFileTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);

    private static readonly CheckInReminder Daily = new(
        "checkin-42@footfall",
        new DateOnly(2026, 11, 22),
        new TimeOnly(20, 0),
        28,
        "Footfall check-in",
        "Pain on first steps, during, after; what you did.\nUnder a minute.",
        TimeSpan.Zero);

    private static readonly Appointment Physio = new(
        "appointment-7@footfall",
        new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.FromHours(1)),
        new DateTimeOffset(2026, 11, 25, 10, 15, 0, TimeSpan.FromHours(1)),
        "Physiotherapy; follow-up, heel",
        "Clinic Süd, Hauptstraße 5, 1. Stock",
        @"Bring shoes, your running log and C:\notes",
        TimeSpan.FromHours(2));

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", @"a\,b")]
    [InlineData("a;b", @"a\;b")]
    [InlineData(@"C:\x", @"C:\\x")]
    [InlineData("line1\nline2", @"line1\nline2")]
    [InlineData("line1\r\nline2", @"line1\nline2")]
    [InlineData("bell\u0007", "bell")]
    public void Write_SpecialCharactersInText_EscapedPerRfc5545(string value, string escaped)
    {
        var lines = Unfold(CalendarFile.Write([], [Physio with { Summary = value }], Stamp)).Split("\r\n");

        Assert.Contains("SUMMARY:" + escaped, lines);
    }

    [Theory]
    [InlineData(60)]
    [InlineData(67)]
    [InlineData(68)]
    [InlineData(150)]
    [InlineData(400)]
    public void Write_LongText_FoldedAt75OctetsContinuationsCountTheSpace(int length)
    {
        var summary = new string('x', length);

        var text = CalendarFile.Write([], [Physio with { Summary = summary }], Stamp);

        var physical = text.Split("\r\n")[..^1];
        Assert.All(physical, l => Assert.InRange(Encoding.UTF8.GetByteCount(l), 1, CalendarFile.MaxLineOctets));
        Assert.Contains("SUMMARY:" + summary, Unfold(text).Split("\r\n"));
        var summaryLines = physical.SkipWhile(l => !l.StartsWith("SUMMARY:", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.StartsWith(' ')).Count();
        Assert.Equal((int)Math.Ceiling(Math.Max(0, "SUMMARY:".Length + length - 75) / 74.0), summaryLines);
    }

    [Theory]
    [InlineData("é")]
    [InlineData("€")]
    [InlineData("🏃")]
    public void Write_MultiByteCharacters_NeverSplitAcrossLines(string character)
    {
        // Offset by one so multi-byte sequences straddle the 75-octet boundary.
        var summary = "a" + string.Concat(Enumerable.Repeat(character, 60));

        var text = CalendarFile.Write([], [Physio with { Summary = summary }], Stamp);

        foreach (var physical in text.Split("\r\n")[..^1])
        {
            Assert.InRange(Encoding.UTF8.GetByteCount(physical), 1, CalendarFile.MaxLineOctets);
            Assert.DoesNotContain('\uFFFD', physical);
            Assert.False(char.IsHighSurrogate(physical[^1]));
        }

        Assert.Contains("SUMMARY:" + summary, Unfold(text).Split("\r\n"));
    }

    [Fact]
    public void Write_EveryEvent_CarriesItsSequence()
    {
        var lines = Unfold(CalendarFile.Write([Daily], [Physio with { Sequence = 3 }], Stamp)).Split("\r\n");

        Assert.Equal(["SEQUENCE:0", "SEQUENCE:3"], lines.Where(l => l.StartsWith("SEQUENCE:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Write_CancelledAppointment_IsCancelledWithoutAnAlarm()
    {
        var cancelled = Physio with { Sequence = 1, IsCancelled = true };

        var events = Parse(CalendarFile.Write([], [cancelled, Physio with { Uid = "appointment-8@footfall" }], Stamp));

        Assert.Equal("CANCELLED", events[0]["STATUS"]);
        Assert.Equal("1", events[0]["SEQUENCE"]);
        Assert.False(events[0].ContainsKey("ALARMS"));
        Assert.Equal("CONFIRMED", events[1]["STATUS"]);
        Assert.Equal("1", events[1]["ALARMS"]);
    }

    [Fact]
    public void Write_ReadBackByIcalNet_GivesTheSameEvents()
    {
        var text = CalendarFile.Write([Daily], [Physio with { Sequence = 2, IsCancelled = true }], Stamp);

        var calendar = Ical.Net.Calendar.Load(text)!;

        var daily = calendar.Events.Single(e => e.Uid == Daily.Uid);
        var physio = calendar.Events.Single(e => e.Uid == Physio.Uid);
        Assert.Equal(28, daily.RecurrenceRule!.Count);
        Assert.Equal(Daily.Description, daily.Description);
        Assert.Equal("CANCELLED", physio.Status);
        Assert.Equal(2, physio.Sequence);
        Assert.Equal(Physio.Start.UtcDateTime, physio.DtStart!.AsUtc);
    }

    [Fact]
    public void Write_Calendar_HasCrlfOnlyAndRequiredProperties()
    {
        var text = CalendarFile.Write([Daily], [Physio], Stamp);

        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotMatch("[^\r]\n", text);
        Assert.All(text.Split("\r\n"), l => Assert.InRange(Encoding.UTF8.GetByteCount(l), 0, 75));
        var lines = Unfold(text).Split("\r\n");
        Assert.Contains("VERSION:2.0", lines);
        Assert.Single(lines, l => l.StartsWith("PRODID:-//Footfall//Footfall ", StringComparison.Ordinal));
        Assert.Equal(2, lines.Count(l => l == "DTSTAMP:20261121T080000Z"));
        Assert.Contains("DTSTART:20261122T200000", lines);
        Assert.Contains("RRULE:FREQ=DAILY;COUNT=28", lines);
        Assert.Contains("DTSTART:20261125T083000Z", lines);
        Assert.Contains("DTEND:20261125T091500Z", lines);
        Assert.Contains("TRIGGER:P0D", lines); // at the event time: a zero duration, as Ical.Net writes it
        Assert.Contains("TRIGGER:-PT2H", lines);
        Assert.Equal(2, lines.Count(l => l == "BEGIN:VALARM"));
        Assert.Equal(lines.Count(l => l == "BEGIN:VEVENT"), lines.Count(l => l.StartsWith("UID:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Write_RoundTrip_SimpleParserReadsBackTheOriginalTexts()
    {
        var longText = string.Concat(Enumerable.Repeat("Ferse schmerzt; Übung, Dehnung \\ ", 8)) + "\nZweite Zeile 🏃";
        var appointment = Physio with { Description = longText };

        var events = Parse(CalendarFile.Write([Daily], [appointment], Stamp));

        Assert.Equal(2, events.Count);
        Assert.Equal(Daily.Uid, events[0]["UID"]);
        Assert.Equal(Daily.Summary, events[0]["SUMMARY"]);
        Assert.Equal(Daily.Description, events[0]["DESCRIPTION"]);
        Assert.Equal(Physio.Summary, events[1]["SUMMARY"]);
        Assert.Equal(Physio.Location, events[1]["LOCATION"]);
        Assert.Equal(longText, events[1]["DESCRIPTION"]);
    }

    [Fact]
    public void Write_AppointmentEndingBeforeItStarts_Throws()
    {
        var broken = Physio with { End = Physio.Start.AddMinutes(-5) };

        Assert.Throws<ArgumentException>(() => CalendarFile.Write([], [broken], Stamp));
    }

    [Fact]
    public void Write_MissingUid_Throws()
    {
        Assert.Throws<ArgumentException>(() => CalendarFile.Write([Daily with { Uid = " " }], [], Stamp));
    }

    private static string Unfold(string text) => text.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Replace("\r\n\t", string.Empty, StringComparison.Ordinal);

    /// <summary>A minimal RFC 5545 reader: unfold, split name and value, unescape TEXT; VEVENT properties only.</summary>
    private static List<Dictionary<string, string>> Parse(string text)
    {
        var events = new List<Dictionary<string, string>>();
        Dictionary<string, string>? current = null;
        var depth = 0;
        foreach (var line in Unfold(text).Split("\r\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var name = line[..colon];
            var value = line[(colon + 1)..];
            if (name == "BEGIN" && value == "VEVENT")
            {
                current = new Dictionary<string, string>(StringComparer.Ordinal);
                events.Add(current);
            }
            else if (name == "BEGIN" && current is not null)
            {
                depth++; // a VALARM inside the event
                current["ALARMS"] = (int.Parse(current.GetValueOrDefault("ALARMS", "0"), System.Globalization.CultureInfo.InvariantCulture) + 1)
                    .ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (name == "END" && value == "VEVENT")
            {
                current = null;
            }
            else if (name == "END" && depth > 0)
            {
                depth--;
            }
            else if (current is not null && depth == 0 && name != "END")
            {
                current[name] = Unescape(value);
            }
        }

        return events;
    }

    private static string Unescape(string value)
    {
        var text = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                text.Append(value[i] is 'n' or 'N' ? '\n' : value[i]);
            }
            else
            {
                text.Append(value[i]);
            }
        }

        return text.ToString();
    }
}
