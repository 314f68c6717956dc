using Footfall.Recovery.CheckIns;

using Footfall.Tests.Recovery;

namespace Footfall.Tests.Recovery.CheckIns;

public sealed class CheckInTrendTests
{
    [Theory]
    [InlineData("2026-11-16", "2026-11-16")]
    [InlineData("2026-11-21", "2026-11-16")]
    [InlineData("2026-11-22", "2026-11-16")]
    [InlineData("2026-11-23", "2026-11-23")]
    public void WeekStart_AnyDay_IsTheMondayOfItsWeek(string day, string monday)
    {
        Assert.Equal(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture), CheckInTrend.WeekStart(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Weekly_CheckInsOverThreeWeeks_SummarisesPainLoadAndAdherence()
    {
        // Mon 2 Nov to Wed 4 Nov, nothing in the week of 9 Nov, then Mon 16 Nov; today is Tue 17 Nov.
        var checkIns = CheckInPattern.Parse("F2 D3 R5 E|F4 D5 R3|F3 X E").Concat(CheckInPattern.Parse("F1 D1 R6 E").Select(c => c with { Date = new DateOnly(2026, 11, 16) }));

        var weeks = CheckInTrend.Weekly(checkIns, new DateOnly(2026, 11, 17));

        Assert.Equal(3, weeks.Count);
        var first = weeks[0];
        Assert.Equal((3, 8.0, 30, 3.0, 5, 2), (first.CheckIns, first.RunKm, first.CrossTrainingMinutes, first.MeanFirstStepsPain!.Value, first.MaxPainDuringActivity!.Value, first.ExerciseDays));
        Assert.Equal(2 * 100.0 / 7, first.AdherencePercent, 6);
        Assert.Equal(0, weeks[1].CheckIns);
        Assert.Null(weeks[1].MaxPainDuringActivity);
        Assert.Equal(2, weeks[2].DaysInWeek);
        Assert.Equal(50.0, weeks[2].AdherencePercent, 6);
    }

    [Fact]
    public void Weekly_NoCheckIns_IsEmpty() => Assert.Empty(CheckInTrend.Weekly([], new DateOnly(2026, 11, 21)));
}
