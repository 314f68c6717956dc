using Footfall.Training;
using static Footfall.Tests.Training.TrainingRuns;

namespace Footfall.Tests.Training;

public class AcuteChronicRatioTests
{
    private static readonly DateOnly Day0 = new(2026, 1, 1);

    private static double[] Repeat(double km, int days) => Enumerable.Repeat(km, days).ToArray();

    [Fact]
    public void Lambdas_AreWilliams2017()
    {
        Assert.Equal(0.25, AcuteChronicRatio.AcuteLambda, 12);
        Assert.Equal(0.0689655172, AcuteChronicRatio.ChronicLambda, 9);
    }

    [Theory]
    // day index, expected coupled, uncoupled, EWMA ratio (null = not enough history)
    [InlineData(26, null, null, null)]  // 27 days of history
    [InlineData(27, 1.0, null, 1.0)]    // 28 days: coupled and EWMA available
    [InlineData(33, 1.0, null, 1.0)]    // 34 days
    [InlineData(34, 1.0, 1.0, 1.0)]     // 35 days: uncoupled available
    public void Series_ConstantLoad_IsOneOnceEnoughHistory(int day, double? coupled, double? uncoupled, double? ewma)
    {
        var history = Daily(Day0, Repeat(10, 40));

        var r = AcuteChronicRatio.On(history, Day0.AddDays(day));

        Assert.Equal(day + 1, r.DaysOfHistory);
        AssertClose(coupled, r.Coupled);
        AssertClose(uncoupled, r.Uncoupled);
        AssertClose(ewma, r.Ewma);
    }

    [Fact]
    public void Series_OneWeekSpike_MatchesHandComputedValues()
    {
        // 28 days at 10 km then 7 days at 20 km; values on the last spike day (day 34).
        var history = Daily(Day0, [.. Repeat(10, 28), .. Repeat(20, 7)]);

        var r = AcuteChronicRatio.On(history, Day0.AddDays(34));

        Assert.Equal(20.0, r.AcuteLoad, 9);
        Assert.Equal(12.5, r.CoupledChronicLoad, 9);   // (21 x 10 + 7 x 20) / 28
        Assert.Equal(1.6, r.Coupled!.Value, 9);
        Assert.Equal(10.0, r.UncoupledChronicLoad, 9); // days 0..27
        Assert.Equal(2.0, r.Uncoupled!.Value, 9);
        // EWMA from a steady 10: acute = 20 - 10 x 0.75^7, chronic = 20 - 10 x (27/29)^7.
        Assert.Equal(18.665161, r.EwmaAcute!.Value, 5);
        Assert.Equal(13.935984, r.EwmaChronic!.Value, 5);
        Assert.Equal(1.339350, r.Ewma!.Value, 5);
    }

    [Fact]
    public void Series_Ewma_IsSeededWithTheFirstDaysLoad()
    {
        var history = Daily(Day0, 8, 0);

        var series = AcuteChronicRatio.Series(history, Day0.AddDays(-1), Day0.AddDays(1));

        Assert.Null(series[0].EwmaAcute);                       // before the first run
        Assert.Equal((8.0, 8.0), (series[1].EwmaAcute, series[1].EwmaChronic));
        Assert.Equal(6.0, series[2].EwmaAcute!.Value, 9);        // 0.75 x 8
        Assert.Equal(7.448276, series[2].EwmaChronic!.Value, 5); // 27/29 x 8
        Assert.All(series, r => Assert.Null(r.Ewma));            // under 28 days
    }

    [Fact]
    public void Series_StartingLate_GivesTheSameValuesAsFromTheStart()
    {
        var history = Daily(Day0, [.. Repeat(10, 20), .. Repeat(0, 5), .. Repeat(15, 20)]);

        var full = AcuteChronicRatio.Series(history, Day0, Day0.AddDays(44));
        var late = AcuteChronicRatio.Series(history, Day0.AddDays(40), Day0.AddDays(44));

        Assert.Equal(full.Skip(40), late);
    }

    [Fact]
    public void On_LongBreak_ChronicZeroGivesNoRatio()
    {
        var history = Daily(Day0, 10);

        var r = AcuteChronicRatio.On(history, Day0.AddDays(60));

        Assert.Equal(0.0, r.CoupledChronicLoad);
        Assert.Null(r.Coupled);
        Assert.Null(r.Uncoupled);
        Assert.NotNull(r.Ewma); // the EWMA decays but never reaches zero
    }

    [Fact]
    public void On_NoRuns_HasNoValues()
    {
        var r = AcuteChronicRatio.On(History(), Today);

        Assert.Equal((0, (double?)null, (double?)null, (double?)null), (r.DaysOfHistory, r.Coupled, r.EwmaAcute, r.Ewma));
    }

    private static void AssertClose(double? expected, double? actual)
    {
        if (expected is null)
            Assert.Null(actual);
        else
            Assert.Equal(expected.Value, actual!.Value, 9);
    }
}
