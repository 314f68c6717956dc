using Footfall.Recovery.CheckIns;
using Footfall.Web.Features.Recovery;

namespace Footfall.Web.Tests.Features.Recovery;

public sealed class ProgressChartTests
{
    private static readonly DateOnly Monday = new(2026, 11, 16);

    [Theory]
    [InlineData(null, 4, 4)]
    [InlineData(2, 4, 2)]
    public void Days_NextMorning_IsItsOwnRecordElseTomorrowsFirstSteps(int? ownNextMorning, int tomorrowFirstSteps, int expected)
    {
        var days = ProgressChart.Days(
        [
            new DailyCheckIn { Date = Monday, PainFirstSteps = 3, PainNextMorning = ownNextMorning },
            new DailyCheckIn { Date = Monday.AddDays(1), PainFirstSteps = tomorrowFirstSteps },
        ]);

        Assert.Equal(expected, days[0].NextMorning);
        Assert.Null(days[1].NextMorning);
    }

    [Fact]
    public void Days_AfterAMissedDay_DoNotBorrowAFirstStepScore()
    {
        var days = ProgressChart.Days(
        [
            new DailyCheckIn { Date = Monday, PainFirstSteps = 3 },
            new DailyCheckIn { Date = Monday.AddDays(2), PainFirstSteps = 6 },
        ]);

        Assert.Null(days[0].NextMorning);
    }

    [Fact]
    public void Svg_MissedDay_BreaksTheLineInsteadOfDrawingZero()
    {
        var days = ProgressChart.Days(
        [
            new DailyCheckIn { Date = Monday, PainFirstSteps = 3 },
            new DailyCheckIn { Date = Monday.AddDays(1), PainFirstSteps = 4 },
            new DailyCheckIn { Date = Monday.AddDays(3), PainFirstSteps = 2 },
        ]);

        var svg = ProgressChart.Svg(days, [(Monday, 12.5)], Monday.AddDays(3));

        var line = Assert.Single(System.Text.RegularExpressions.Regex.Matches(svg, "points=\"([^\"]*)\" class=\"chart-line chart-first\""));
        Assert.Equal(2, line.Groups[1].Value.Split(' ').Length);
        Assert.Equal(3, Count(svg, "class=\"chart-point chart-first\""));
        Assert.Contains("class=\"chart-km\"", svg);
        Assert.Contains("20 km", svg);
        Assert.DoesNotContain("style=", svg);
    }

    [Fact]
    public void Svg_NoCheckIns_IsEmpty() =>
        Assert.Equal(string.Empty, ProgressChart.Svg([], [], Monday));

    private static int Count(string text, string part) => text.Split(part).Length - 1;
}
