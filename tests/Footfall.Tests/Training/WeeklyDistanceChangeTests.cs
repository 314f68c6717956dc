using Footfall.Training;
using static Footfall.Tests.Training.TrainingRuns;

namespace Footfall.Tests.Training;

public class WeeklyDistanceChangeTests
{
    // One run on the first day of each 7-day window: 34, 27, 20, 13 and 6 days before Today, plus an
    // anchor run 60 days before so the records cover all five windows.
    private static TrainingHistory Windows(double w1, double w2, double w3, double w4, double last) =>
        History(
        [
            DaysAgo(60, 5),
            .. new[] { (34, w1), (27, w2), (20, w3), (13, w4), (6, last) }.Where(x => x.Item2 > 0).Select(x => DaysAgo(x.Item1, x.Item2)),
        ]);

    [Theory]
    // four weeks before (km), last week (km), expected average (km), expected percent (null = undefined)
    [InlineData(29, 29, 29, 29, 42, 29.0, 44.827586)]   // 13 / 29
    [InlineData(10, 20, 30, 40, 20, 25.0, -20.0)]
    [InlineData(10, 10, 10, 10, 0, 10.0, -100.0)]
    [InlineData(10, 10, 10, 10, 10, 10.0, 0.0)]
    [InlineData(0, 0, 0, 0, 10, 0.0, null)]
    public void Compute_LastWeekAgainstFourWeekAverage(
        double w1, double w2, double w3, double w4, double last, double average, double? percent)
    {
        var change = WeeklyDistanceChange.Compute(Windows(w1, w2, w3, w4, last), Today);

        Assert.Equal(last, change.LastWeek.Kilometers, 9);
        Assert.Equal(average, change.FourWeekAverage.Kilometers, 9);
        if (percent is null)
            Assert.Null(change.Percent);
        else
            Assert.Equal(percent.Value, change.Percent!.Value, 5);
        Assert.True(change.HasFullHistory);
    }

    [Fact]
    public void Compute_WindowEdges_DaySixIsLastWeekAndDaySevenIsBefore()
    {
        var change = WeeklyDistanceChange.Compute(History(DaysAgo(60, 1), DaysAgo(7, 10), DaysAgo(6, 20)), Today);

        Assert.Equal((20.0, 2.5, 700.0), (change.LastWeek.Kilometers, change.FourWeekAverage.Kilometers, change.Percent));
        Assert.Equal(Today.AddDays(-6), change.LastWeekStart);
    }

    [Fact]
    public void Compute_RunsAfterToday_AreIgnored()
    {
        var change = WeeklyDistanceChange.Compute(History(DaysAgo(60, 1), DaysAgo(3, 10), DaysAgo(-1, 50)), Today);

        Assert.Equal(10.0, change.LastWeek.Kilometers);
    }

    [Fact]
    public void Compute_LessThanFiveWeeksOfRecords_FlagsTheAverageAsUnreliable()
    {
        var change = WeeklyDistanceChange.Compute(History(DaysAgo(20, 8), DaysAgo(6, 10)), Today);

        Assert.False(change.HasFullHistory);
        Assert.Equal(400.0, change.Percent!.Value, 9); // 10 km against 8 / 4 = 2 km
        Assert.Contains("records start on 9 Feb 2026", change.Caveat);
    }

    [Fact]
    public void Compute_FirstRunExactlyFiveWeeksAgo_HasFullHistory()
    {
        Assert.True(WeeklyDistanceChange.Compute(History(DaysAgo(34, 8)), Today).HasFullHistory);
        Assert.False(WeeklyDistanceChange.Compute(History(DaysAgo(33, 8)), Today).HasFullHistory);
    }

    [Fact]
    public void Compute_NoRuns_SaysSo()
    {
        var change = WeeklyDistanceChange.Compute(History(), Today);

        Assert.Equal((0.0, 0.0, (double?)null, false), (change.LastWeek.Meters, change.FourWeekAverage.Meters, change.Percent, change.HasFullHistory));
        Assert.StartsWith("No runs recorded", change.Caveat);
    }
}
