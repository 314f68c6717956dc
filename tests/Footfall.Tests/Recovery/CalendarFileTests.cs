using System.Text;
using Footfall.Recovery.Calendar;

namespace Footfall.Tests.Recovery;

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
    [InlineData("line1\rline2", @"line1\nline2")]
    [InlineData("bell\u0007", "bell")]
    public void EscapeText_SpecialCharacters_EscapedPerRfc5545(string value, string escaped)
    {
        Assert.Equal(escaped, CalendarFile.EscapeText(value));
    }

    [Theory]
    [InlineData(74, 1)]
    [InlineData(75, 1)]
    [InlineData(76, 2)]
    [InlineData(149, 2)]
    [InlineData(150, 3)]
    public void Fold_AsciiLine_75OctetsPerLineContinuationsCountTheSpace(int length, int physicalLines)
    {
        var folded = CalendarFile.Fold(new string('x', length));

        var lines = folded.Split("\r\n")[..^1];
        Assert.Equal(physicalLines, lines.Length);
        Assert.All(lines, l => Assert.InRange(Encoding.UTF8.GetByteCount(l), 1, 75));
        Assert.All(lines.Skip(1), l => Assert.StartsWith(" ", l, StringComparison.Ordinal));
        Assert.Equal(new string('x', length), Unfold(folded).TrimEnd('\r', '\n'));
    }

    [Theory]
    [InlineData("é")]
    [InlineData("€")]
    [InlineData("🏃")]
    public void Fold_MultiByteCharacters_NeverSplitAcrossLines(string character)
    {
        // Offset by one so multi-byte sequences straddle the 75-octet boundary.
        var line = "SUMMARY:" + "a" + string.Concat(Enumerable.Repeat(character, 60));

        var folded = CalendarFile.Fold(line);

        foreach (var physical in folded.Split("\r\n")[..^1])
        {
            Assert.InRange(Encoding.UTF8.GetByteCount(physical), 1, 75);
            Assert.DoesNotContain('\uFFFD', physical);
            Assert.False(char.IsHighSurrogate(physical[^1]));
        }

        Assert.Equal(line, Unfold(folded).TrimEnd('\r', '\n'));
    }

    [Fact]
    public void Write_Calendar_HasCrlfOnlyAndRequiredProperties()
    {
        var text = CalendarFile.Write([Daily], [Physio], Stamp);

        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:", text, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotMatch("[^\r]\n", text);
        Assert.All(text.Split("\r\n"), l => Assert.InRange(Encoding.UTF8.GetByteCount(l), 0, 75));
        var lines = Unfold(text).Split("\r\n");
        Assert.Equal(2, lines.Count(l => l == "DTSTAMP:20261121T080000Z"));
        Assert.Contains("DTSTART:20261122T200000", lines);
        Assert.Contains("RRULE:FREQ=DAILY;COUNT=28", lines);
        Assert.Contains("DTSTART:20261125T083000Z", lines);
        Assert.Contains("DTEND:20261125T091500Z", lines);
        Assert.Contains("TRIGGER:PT0S", lines);
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
