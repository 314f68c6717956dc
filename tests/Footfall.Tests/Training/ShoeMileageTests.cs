using Footfall.Training;
using static Footfall.Tests.Training.TrainingRuns;

namespace Footfall.Tests.Training;

public class ShoeMileageTests
{
    private static readonly Guid Old = Guid.NewGuid(), Fresh = Guid.NewGuid(), Retired = Guid.NewGuid();

    private static IReadOnlyList<ShoeMileage> Mileage(TrainingThresholds? thresholds = null)
    {
        TrackedShoe[] shoes =
        [
            new(Old, "Old pair", InitialDistanceMeters: 600_000),
            new(Fresh, "New pair", StartedOn: Today.AddDays(-10)),
            new(Retired, "Retired pair", 100_000, Today.AddDays(-200), RetiredOn: Today.AddDays(-5)),
        ];
        var history = History(
            DaysAgo(30, 40, Old), DaysAgo(20, 40, Old), DaysAgo(2, 40, Old),
            DaysAgo(-1, 40, Old),         // after today: not counted
            DaysAgo(5, 12, Fresh),
            DaysAgo(8, 15, Retired),
            DaysAgo(1, 10, Guid.NewGuid()), // unknown shoe
            DaysAgo(1, 10));                // no shoe
        return ShoeMileage.Compute(shoes, history, Today, thresholds);
    }

    [Fact]
    public void Compute_TotalIsInitialPlusAssignedRunsUpToToday()
    {
        var m = Mileage();

        Assert.Equal([720.0, 12.0, 115.0], m.Select(s => s.Total.Kilometers));
        Assert.Equal([120.0, 12.0, 15.0], m.Select(s => s.Tracked.Kilometers));
        Assert.Equal([3, 1, 1], m.Select(s => s.Runs));
        Assert.Equal(Today.AddDays(-2), m[0].LastRun);
    }

    [Fact]
    public void Compute_FlagsWornNewAndRetired()
    {
        var m = Mileage();

        Assert.Equal([true, false, false], m.Select(s => s.IsWorn));
        Assert.Equal([false, true, false], m.Select(s => s.IsNew));
        Assert.Equal([false, false, true], m.Select(s => s.IsRetired));
        Assert.Equal(Today.AddDays(-30), m[0].FirstWorn); // no start date: the first assigned run
    }

    [Theory]
    // worn threshold km, expected worn flag of the 720 km pair
    [InlineData(700, true)]
    [InlineData(720, true)]
    [InlineData(800, false)]
    public void Compute_WornThresholdIsConfigurable(double km, bool worn) =>
        Assert.Equal(worn, Mileage(new TrainingThresholds { WornShoeKilometers = km })[0].IsWorn);

    [Theory]
    // days since first worn, expected new
    [InlineData(0, true)]
    [InlineData(27, true)]
    [InlineData(28, false)]
    [InlineData(-3, false)] // starts in the future
    public void Compute_NewForTwentyEightDays(int daysAgo, bool isNew)
    {
        var shoe = new TrackedShoe(Fresh, "Pair", StartedOn: Today.AddDays(-daysAgo));

        Assert.Equal(isNew, ShoeMileage.Compute([shoe], History(), Today)[0].IsNew);
    }
}
