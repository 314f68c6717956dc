using Footfall.Training;
using static Footfall.Tests.Training.TrainingRuns;

namespace Footfall.Tests.Training;

public class GaitTrendTests
{
    [Fact]
    public void Compute_BalanceTrendIsTheMeanOfTheLastFiveRunsAndFlagsBeyondTwoPoints()
    {
        double[] balances = [50, 51, 53, 54, 55, 56];
        var history = History([.. balances.Select((b, i) => Run(Today.AddDays(i - 10), 8, balance: b))]);

        var points = GaitTrend.Compute(history, Today);

        // 50; 50.5; 154/3; 52 (exactly 2 points: not flagged); 263/5; 269/5
        Assert.Equal([50, 50.5, 51.333333, 52, 52.6, 53.8], points.Select(p => Math.Round(p.BalanceTrendLeftPercent!.Value, 6)));
        Assert.Equal([false, false, false, false, true, true], points.Select(p => p.IsImbalanced));
    }

    [Fact]
    public void Compute_RightSidedImbalanceIsFlaggedToo()
    {
        var history = History([.. Enumerable.Range(0, 5).Select(i => Run(Today.AddDays(-i), 8, balance: 47.5))]);

        Assert.True(GaitTrend.Compute(history, Today)[^1].IsImbalanced);
    }

    [Fact]
    public void Compute_MissingAndImpossibleValues_DoNotBreakTheTrend()
    {
        var history = History(
            Run(Today.AddDays(-4), 8, cadence: 170),
            Run(Today.AddDays(-3), 8),                      // no gait data: skipped
            Run(Today.AddDays(-2), 8, cadence: 0, balance: 50.5), // cadence 0 is a sensor glitch
            Run(Today.AddDays(-1), 8, cadence: 176),
            Run(Today.AddDays(1), 8, cadence: 120));        // after today

        var points = GaitTrend.Compute(history, Today);

        Assert.Equal(3, points.Count);
        Assert.Equal([170.0, 170.0, 173.0], points.Select(p => p.CadenceTrendSpm!.Value));
        Assert.Equal([null, 50.5, 50.5], points.Select(p => p.BalanceTrendLeftPercent));
        Assert.Null(points[1].CadenceSpm);
    }

    [Fact]
    public void Compute_NoGaitData_IsEmpty() =>
        Assert.Empty(GaitTrend.Compute(History(DaysAgo(1, 10)), Today));
}
