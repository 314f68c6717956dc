using Footfall.Training;
using static Footfall.Tests.Training.TrainingRuns;

namespace Footfall.Tests.Training;

public class TrainingReportTests
{
    private static TrainingSignal Signal(TrainingReport report, string id) => Assert.Single(report.Signals, s => s.Id == id);

    [Fact]
    public void Compute_TablesRunFromTheFirstRunToToday()
    {
        var report = TrainingReport.Compute([DaysAgo(9, 10), DaysAgo(2, 5)], [], TimeZoneInfo.Utc, Today);

        Assert.Equal(10, report.Daily.Count);
        Assert.Equal(10, report.Ratios.Count);
        Assert.Equal(Today.AddDays(-9), report.Daily[0].Date);
        Assert.Equal(Today, report.Daily[^1].Date);
        // Today (1 Mar 2026) is a Sunday: weeks of 16 Feb and 23 Feb.
        Assert.Equal([10.0, 5.0], report.Weekly.Select(w => w.Distance.Kilometers));
    }

    [Fact]
    public void Compute_NoRuns_EverySignalUnavailable()
    {
        var report = TrainingReport.Compute([], [], TimeZoneInfo.Utc, Today);

        Assert.Empty(report.Daily);
        Assert.Empty(report.Weekly);
        Assert.All(report.Signals, s => Assert.Equal(SignalBand.Unavailable, s.Band));
        Assert.All(report.Signals, s => Assert.Null(s.Value));
        Assert.All(report.Findings, f => Assert.False(f.IsKnown));
    }

    [Theory]
    // km per day for 28 days then per day for the last 7 days, expected coupled / uncoupled / EWMA bands
    [InlineData(10, 10, SignalBand.Normal, SignalBand.Normal, SignalBand.Normal)]
    [InlineData(10, 20, SignalBand.High, SignalBand.High, SignalBand.High)]    // 1.6, 2.0, 1.34
    [InlineData(10, 5, SignalBand.Low, SignalBand.Low, SignalBand.Low)]       // 0.5/0.875 = 0.57, 0.5, EWMA < 0.8
    public void Compute_RatioBands(double before, double last, SignalBand coupled, SignalBand uncoupled, SignalBand ewma)
    {
        var runs = Enumerable.Range(0, 35).Select(i => DaysAgo(34 - i, i < 28 ? before : last));

        var report = TrainingReport.Compute(runs, [], TimeZoneInfo.Utc, Today);

        Assert.Equal(coupled, Signal(report, "acwr_coupled").Band);
        Assert.Equal(uncoupled, Signal(report, "acwr_uncoupled").Band);
        Assert.Equal(ewma, Signal(report, "acwr_ewma").Band);
    }

    [Fact]
    public void Compute_OneWeekOfHistory_RatiosUnavailableWithAReason()
    {
        var report = TrainingReport.Compute([.. Enumerable.Range(0, 7).Select(i => DaysAgo(i, 8))], [], TimeZoneInfo.Utc, Today);

        var ewma = Signal(report, "acwr_ewma");
        Assert.Equal(SignalBand.Unavailable, ewma.Band);
        Assert.StartsWith("Not enough data yet", ewma.Caveat);
        Assert.StartsWith("28 days of history", ewma.Minimum);
        Assert.Equal(56.0, Signal(report, "weekly_distance").Value);
        Assert.Equal(SignalBand.High, Signal(report, "monotony").Band); // same 8 km every day: capped at 10
        Assert.Contains("same load", Signal(report, "monotony").Caveat);
    }

    [Fact]
    public void Compute_InMiles_TheTextsSayMilesAndTheValuesStayKilometres()
    {
        var worn = new TrackedShoe(Guid.NewGuid(), "Worn", 800_000);
        var runs = Enumerable.Range(0, 35).Select(i => DaysAgo(34 - i, i < 28 ? 5 : 10, worn.Id));

        var report = TrainingReport.Compute(runs, [worn], TimeZoneInfo.Utc, Today, unit: DistanceUnit.Miles);

        // 70 km in the last 7 days is 43.5 mi; the usual week 35 km is 21.7 mi; the worn-shoe mark 700 km is 435 mi.
        Assert.Contains("43.5 mi in the last 7 days", Signal(report, "weekly_distance").Caveat, StringComparison.Ordinal);
        Assert.Equal(70.0, Signal(report, "weekly_distance").Value);
        var shoe = Assert.Single(report.Signals, s => s.Id.StartsWith("shoe_mileage:", StringComparison.Ordinal));
        Assert.StartsWith("Past 435 mi.", shoe.Caveat, StringComparison.Ordinal);
        var change = Assert.Single(report.Findings, f => f.FindingId == "weekly_distance_change_pct");
        Assert.Equal("Last 7 days 43.5 mi against a 4-week average of 21.7 mi (+100%).", change.Description);
        var shoes = Assert.Single(report.Findings, f => f.FindingId == "worn_shoes");
        Assert.Contains("past 435 mi", shoes.Description, StringComparison.Ordinal);
        Assert.Contains("load (mi)", Signal(report, "acwr_coupled").Caveat, StringComparison.Ordinal);
        var strain = Signal(report, "strain");
        var inKm = TrainingReport.Compute(runs, [worn], TimeZoneInfo.Utc, Today);
        Assert.Equal("mi × monotony", strain.Unit);
        Assert.Equal(Signal(inKm, "strain").Value!.Value / 1.609344, strain.Value!.Value, 0.01);
        Assert.All(report.Signals.Select(s => s.Caveat).Concat(report.Findings.Select(f => f.Description)),
            text => Assert.DoesNotMatch(@"\bkm\b", text));
    }

    [Fact]
    public void Compute_Shoes_RetiredHiddenWornHighNewExplained()
    {
        var worn = new TrackedShoe(Guid.NewGuid(), "Worn", 800_000);
        var fresh = new TrackedShoe(Guid.NewGuid(), "Fresh", StartedOn: Today.AddDays(-3));
        var retired = new TrackedShoe(Guid.NewGuid(), "Retired", RetiredOn: Today.AddDays(-30));

        var report = TrainingReport.Compute([DaysAgo(1, 10, worn.Id)], [worn, fresh, retired], TimeZoneInfo.Utc, Today);

        var shoes = report.Signals.Where(s => s.Id.StartsWith("shoe_mileage:", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Shoe mileage: Worn", "Shoe mileage: Fresh"], shoes.Select(s => s.Title));
        Assert.Equal((810.0, SignalBand.High), (shoes[0].Value, shoes[0].Band));
        Assert.StartsWith("A new pair", shoes[1].Caveat);
    }

    [Theory]
    // five recent runs' cadence after ten at 170 spm, expected band
    [InlineData(170, SignalBand.Normal)]
    [InlineData(160, SignalBand.Low)]   // -5.9%
    [InlineData(180, SignalBand.High)]  // +5.9%
    [InlineData(162, SignalBand.Normal)] // -4.7%
    public void Compute_CadenceTrendAgainstEarlierBaseline(double recent, SignalBand band)
    {
        var runs = Enumerable.Range(0, 15).Select(i => Run(Today.AddDays(i - 14), 8, cadence: i < 10 ? 170 : recent));

        var cadence = Signal(TrainingReport.Compute(runs, [], TimeZoneInfo.Utc, Today), "cadence_trend");

        Assert.Equal((recent, band), (cadence.Value, cadence.Band));
    }

    [Theory]
    [InlineData(50.8, SignalBand.Normal)]
    [InlineData(52.5, SignalBand.High)]
    [InlineData(47.0, SignalBand.High)]
    public void Compute_StanceBalanceBand(double balance, SignalBand band)
    {
        var runs = Enumerable.Range(0, 5).Select(i => Run(Today.AddDays(-i), 8, balance: balance));

        var signal = Signal(TrainingReport.Compute(runs, [], TimeZoneInfo.Utc, Today), "stance_balance_trend");

        Assert.Equal((balance, band), (signal.Value, signal.Band));
    }

    [Fact]
    public void Compute_EverySignalHasACaveatAndASource()
    {
        var runs = Enumerable.Range(0, 60).Select(i => Run(Today.AddDays(-i), 5 + (i % 3), cadence: 172, balance: 50.4));

        var report = TrainingReport.Compute(runs, [new TrackedShoe(Guid.NewGuid(), "Pair")], TimeZoneInfo.Utc, Today);

        Assert.All(report.Signals, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Caveat));
            Assert.False(string.IsNullOrWhiteSpace(s.Source));
            Assert.DoesNotContain("risk of injury", s.Caveat, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Theory]
    // first run days ago, prior weekly km, last week km, expected band
    [InlineData(60, 20, 30, SignalBand.High)]        // +50%
    [InlineData(60, 20, 25, SignalBand.Normal)]      // +25%
    [InlineData(60, 20, 10, SignalBand.Low)]         // -50%
    [InlineData(20, 20, 30, SignalBand.Unavailable)] // under five weeks of records: average diluted
    public void Compute_WeeklyChangeBand(int firstDaysAgo, double prior, double last, SignalBand band)
    {
        RunSummary[] runs = [DaysAgo(firstDaysAgo, 1), .. new[] { 34, 27, 20, 13 }.Where(d => d <= firstDaysAgo).Select(d => DaysAgo(d, prior)), DaysAgo(6, last)];

        Assert.Equal(band, Signal(TrainingReport.Compute(runs, [], TimeZoneInfo.Utc, Today), "weekly_distance_change").Band);
    }

    [Fact]
    public void Compute_WeeklyMonotony_OnePerIsoWeek()
    {
        // Monday 16 Feb to Sunday 1 Mar 2026: alternate days in the first week, the same 5 km daily in the second.
        var runs = new[] { 13, 11, 9, 7 }.Select(d => DaysAgo(d, 10)).Concat(Enumerable.Range(0, 7).Select(d => DaysAgo(d, 5)));

        var report = TrainingReport.Compute(runs, [], TimeZoneInfo.Utc, Today);

        Assert.Equal(2, report.WeeklyMonotony.Count);
        Assert.Equal(1.154701, report.WeeklyMonotony[0].Monotony!.Value, 5);
        Assert.Equal(TrainingMonotony.MaximumMonotony, report.WeeklyMonotony[1].Monotony);
    }
}
