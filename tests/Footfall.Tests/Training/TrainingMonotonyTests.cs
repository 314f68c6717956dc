using Footfall.Training;
using static Footfall.Tests.Training.TrainingRuns;

namespace Footfall.Tests.Training;

public class TrainingMonotonyTests
{
    [Theory]
    // seven daily loads, expected mean, SD (population), monotony, strain
    // alternate days: mean 40/7, SD sqrt(1200)/7, monotony 40/sqrt(1200), strain 40 x monotony
    [InlineData(new[] { 10.0, 0, 10, 0, 10, 0, 10 }, 5.714286, 4.948717, 1.154701, 46.188022)]
    // one run: mean 10/7, SD sqrt(600)/7, monotony 10/sqrt(600)
    [InlineData(new[] { 10.0, 0, 0, 0, 0, 0, 0 }, 1.428571, 3.499271, 0.408248, 4.082483)]
    // mean 6, deviations -2,-2,+2,+2,-2,+2,0 -> variance 24/7
    [InlineData(new[] { 4.0, 4, 8, 8, 4, 8, 6 }, 6.0, 1.851640, 3.240370, 136.095555)]
    public void Compute_MatchesFoster(double[] loads, double mean, double sd, double monotony, double strain)
    {
        var m = TrainingMonotony.Compute(Today, loads);

        Assert.Equal(mean, m.MeanDailyLoad, 5);
        Assert.Equal(sd, m.StandardDeviation, 5);
        Assert.Equal(monotony, m.Monotony!.Value, 5);
        Assert.Equal(strain, m.Strain!.Value, 4);
    }

    [Fact]
    public void Compute_SameLoadEveryDay_IsCappedAtTen()
    {
        var m = TrainingMonotony.Compute(Today, [5.0, 5, 5, 5, 5, 5, 5]);

        Assert.Equal((0.0, 10.0, 350.0), (m.StandardDeviation, m.Monotony, m.Strain));
    }

    [Fact]
    public void Compute_NoLoad_HasNoMonotonyOrStrain()
    {
        var m = TrainingMonotony.Compute(Today, new double[7]);

        Assert.Null(m.Monotony);
        Assert.Null(m.Strain);
    }

    [Fact]
    public void Compute_NotSevenDays_Throws() =>
        Assert.Throws<ArgumentException>(() => TrainingMonotony.Compute(Today, [1.0, 2.0]));

    [Fact]
    public void ForWeek_ReadsTheSevenDaysFromHistoryWithRestDaysAsZero()
    {
        var history = Daily(Today.AddDays(-6), 10, 0, 10, 0, 10, 0, 10);

        var m = TrainingMonotony.ForWeek(history, Today.AddDays(-6));

        Assert.Equal(1.154701, m.Monotony!.Value, 5);
        Assert.Equal(Today, m.To);
    }

    [Fact]
    public void ForWeek_DaysAfterAsOf_CountAsRest()
    {
        var history = Daily(Today.AddDays(-6), 5, 5, 5, 5, 5, 5, 5);

        var m = TrainingMonotony.ForWeek(history, Today.AddDays(-6), asOf: Today.AddDays(-5));

        // 5, 5, then five zeros: mean 10/7, SD sqrt(250)/7 (population), monotony 10/sqrt(250)
        Assert.Equal(10.0, m.WeeklyLoad, 9);
        Assert.Equal(0.632456, m.Monotony!.Value, 5);
    }
}
