using Footfall.Training;

namespace Footfall.Tests.Training;

public sealed class LocalDateRangeTests
{
    private static readonly TimeZoneInfo Auckland = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland");
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public void Bounds_AreTheLocalMidnightsInUtc()
    {
        var range = new LocalDateRange(new DateOnly(2026, 1, 10), new DateOnly(2026, 1, 11), Auckland);

        // Auckland is UTC+13 in January (daylight time).
        Assert.Equal(new DateTime(2026, 1, 9, 11, 0, 0, DateTimeKind.Utc), range.StartUtc);
        Assert.Equal(new DateTime(2026, 1, 11, 11, 0, 0, DateTimeKind.Utc), range.EndUtc);
    }

    [Fact]
    public void Contains_ALateEveningRun_CountsOnTheLocalDay()
    {
        var day = new DateOnly(2026, 6, 1);
        var range = new LocalDateRange(day, day, Berlin);
        var lateEvening = new DateTime(2026, 6, 1, 21, 30, 0, DateTimeKind.Utc); // 23:30 in Berlin (UTC+2)
        var afterMidnight = new DateTime(2026, 6, 1, 22, 30, 0, DateTimeKind.Utc); // 00:30 on 2 June in Berlin

        Assert.True(range.Contains(lateEvening));
        Assert.False(range.Contains(afterMidnight));
    }

    [Fact]
    public void OpenEnds_HaveNoBound()
    {
        var range = new LocalDateRange(null, null, Berlin);

        Assert.Null(range.StartUtc);
        Assert.Null(range.EndUtc);
        Assert.True(range.Contains(DateTime.MinValue));
    }

    [Fact]
    public void UtcOf_ATimeTheClocksSkip_LandsJustAfterTheGap()
    {
        // Berlin springs forward from 02:00 to 03:00 on 29 March 2026: 02:30 does not exist.
        var utc = LocalDateRange.UtcOf(new DateOnly(2026, 3, 29), new TimeOnly(2, 30), Berlin);

        Assert.Equal(new DateTime(2026, 3, 29, 1, 30, 0, DateTimeKind.Utc), utc); // 03:30 local
    }

    [Fact]
    public void UtcOf_ATimeThatHappensTwice_IsTheFirstOne()
    {
        // Berlin falls back from 03:00 to 02:00 on 25 October 2026: 02:30 happens twice.
        var utc = LocalDateRange.UtcOf(new DateOnly(2026, 10, 25), new TimeOnly(2, 30), Berlin);

        Assert.Equal(new DateTime(2026, 10, 25, 0, 30, 0, DateTimeKind.Utc), utc); // still daylight time, UTC+2
    }
}
