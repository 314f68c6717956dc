using Footfall.Activities;
using Footfall.Training;
using static Footfall.Tests.Training.TrainingRuns;

namespace Footfall.Tests.Training;

public class TrainingHistoryTests
{
    [Fact]
    public void Daily_DaysWithoutRuns_AreZero()
    {
        var history = History(Run(new(2025, 12, 30), 10), Run(new(2026, 1, 4), 5), Run(new(2026, 1, 5), 8));

        var days = history.Daily(new(2025, 12, 30), new(2026, 1, 5));

        Assert.Equal([10.0, 0, 0, 0, 0, 5, 8], days.Select(d => d.Distance.Kilometers));
        Assert.Equal([1, 0, 0, 0, 0, 1, 1], days.Select(d => d.Runs));
        Assert.Equal(TimeSpan.FromMinutes(60), days[0].Duration);
    }

    [Fact]
    public void Weekly_IsoWeeksAcrossNewYear_StartMondayAndFillGapsWithZeros()
    {
        // 1 Jan 2026 is a Thursday, so ISO week 2026-W01 starts on Monday 29 Dec 2025.
        var history = History(
            Run(new(2025, 12, 30), 10), Run(new(2026, 1, 4), 5), Run(new(2026, 1, 5), 8), Run(new(2026, 1, 20), 6));

        var weeks = history.Weekly(new(2025, 12, 30), new(2026, 1, 20));

        Assert.Equal(
            [new(2025, 12, 29), new(2026, 1, 5), new(2026, 1, 12), new DateOnly(2026, 1, 19)],
            weeks.Select(w => w.WeekStart));
        Assert.Equal([1, 2, 3, 4], weeks.Select(w => w.IsoWeek));
        Assert.All(weeks, w => Assert.Equal(2026, w.IsoYear));
        Assert.Equal([15.0, 8, 0, 6], weeks.Select(w => w.Distance.Kilometers));
        Assert.Equal([2, 1, 0, 1], weeks.Select(w => w.Runs));
    }

    [Fact]
    public void Weekly_Week53_IsNumbered53()
    {
        // 31 Dec 2020 falls in ISO week 2020-W53.
        var weeks = History(Run(new(2020, 12, 31), 7)).Weekly(new(2020, 12, 31), new(2020, 12, 31));

        Assert.Equal((2020, 53, 7.0), (weeks[0].IsoYear, weeks[0].IsoWeek, weeks[0].Distance.Kilometers));
    }

    [Theory]
    // start instant (UTC), zone, expected local date
    [InlineData("2026-03-01T23:30:00Z", "UTC", "2026-03-01")]
    [InlineData("2026-03-01T23:30:00Z", "Europe/Berlin", "2026-03-02")] // UTC+1: 00:30 the next day
    [InlineData("2026-03-01T23:30:00Z", "America/Los_Angeles", "2026-03-01")] // UTC-8: 15:30
    [InlineData("2026-07-01T03:00:00Z", "America/Los_Angeles", "2026-06-30")] // UTC-7 in summer: 20:00 the day before
    [InlineData("2026-03-29T00:30:00Z", "Europe/Berlin", "2026-03-29")] // 01:30, the night clocks go forward
    public void LocalDate_UsesTheRunnersZone(string startUtc, string zone, string expected)
    {
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var run = new RunSummary(Guid.NewGuid(), DateTimeOffset.Parse(startUtc, System.Globalization.CultureInfo.InvariantCulture), Sport.Running, 5000, TimeSpan.FromMinutes(30));

        var history = TrainingHistory.FromRuns([run], tz);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), history.FirstRunDate);
    }

    [Fact]
    public void FromRuns_RunAcrossMidnight_CountsWhollyOnTheDayItStarted()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        // 23:30 local on 1 March, 70 minutes: ends at 00:40 on 2 March.
        var run = new RunSummary(Guid.NewGuid(), new DateTimeOffset(2026, 3, 1, 22, 30, 0, TimeSpan.Zero), Sport.Running, 12000, TimeSpan.FromMinutes(70));

        var history = TrainingHistory.FromRuns([run], berlin);

        Assert.Equal(12.0, history.Day(new(2026, 3, 1)).Distance.Kilometers);
        Assert.Equal(0.0, history.Day(new(2026, 3, 2)).Distance.Kilometers);
    }

    [Theory]
    [InlineData("running", true)]
    [InlineData("Run", true)]
    [InlineData("Trail Run", true)]
    [InlineData("treadmill_running", true)]
    [InlineData("Virtual Run", true)]
    [InlineData("9", true)] // Strava's GPX code for a run
    [InlineData("cycling", false)]
    [InlineData("1", false)] // Strava's GPX code for a ride
    [InlineData("Walk", false)]
    [InlineData("Rowing", false)]
    public void FromRuns_OnlyRunningSportsCount(string sportName, bool counted)
    {
        var history = History(Run(Today, 10, sport: Footfall.Activities.Internal.SportNames.Parse(sportName)));

        Assert.Equal(counted ? 10.0 : 0.0, history.DistanceBetween(Today, Today).Kilometers);
    }

    [Fact]
    public void FromRuns_NoRuns_HasNoDatesAndZeroDays()
    {
        var history = History();

        Assert.Null(history.FirstRunDate);
        Assert.Equal(0.0, history.Day(Today).Distance.Meters);
        Assert.Equal([0.0, 0.0], history.Daily(Today.AddDays(-1), Today).Select(d => d.Distance.Meters));
    }

    [Theory]
    [InlineData(-1.0, 30.0, null)]
    [InlineData(double.NaN, 30.0, null)]
    [InlineData(1000.0, -1.0, null)]
    [InlineData(1000.0, 30.0, 11.0)]
    public void FromRuns_ImpossibleValues_ThrowNamingTheRun(double meters, double minutes, double? rpe)
    {
        var run = new RunSummary(Guid.NewGuid(), DateTimeOffset.UnixEpoch, Sport.Running, meters, TimeSpan.FromMinutes(minutes), Rpe: rpe);

        var error = Assert.Throws<ArgumentException>(() => TrainingHistory.FromRuns([run], TimeZoneInfo.Utc));

        Assert.Contains(run.Id.ToString(), error.Message);
    }

    [Theory]
    // basis, expected load for a 10 km, 50 min run with RPE 6
    [InlineData(LoadBasis.Distance, 10.0)]
    [InlineData(LoadBasis.Duration, 50.0)]
    [InlineData(LoadBasis.SessionRpe, 300.0)]
    public void Load_FollowsTheBasis(LoadBasis basis, double expected)
    {
        var history = TrainingHistory.FromRuns([Run(Today, 10, minutes: 50, rpe: 6)], TimeZoneInfo.Utc, basis);

        Assert.Equal(expected, history.Day(Today).Load, 9);
    }

    [Fact]
    public void Load_SessionRpeWithoutRpe_AddsNothingAndIsCounted()
    {
        var history = TrainingHistory.FromRuns(
            [Run(Today, 10, minutes: 50, rpe: 6), Run(Today.AddDays(-1), 8, minutes: 40)], TimeZoneInfo.Utc, LoadBasis.SessionRpe);

        Assert.Equal(1, history.RunsWithoutRpe);
        Assert.Equal(300.0, history.LoadBetween(Today.AddDays(-1), Today), 9);
    }

    [Fact]
    public void FromRuns_CorruptStartCenturiesAway_ThrowsInsteadOfAllocating()
    {
        var corrupt = new RunSummary(Guid.NewGuid(), DateTimeOffset.MinValue, Sport.Running, 5000, TimeSpan.FromMinutes(30));

        var error = Assert.Throws<ArgumentException>(() => TrainingHistory.FromRuns([corrupt, Run(Today, 5)], TimeZoneInfo.Utc));

        Assert.Contains("0001-01-01", error.Message);
    }
}
