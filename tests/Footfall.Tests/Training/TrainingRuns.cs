using Footfall.Activities;
using Footfall.Training;

namespace Footfall.Tests.Training;

/// <summary>Builds runs for the training tests: dates are local dates in UTC unless a zone is given.</summary>
internal static class TrainingRuns
{
    public static readonly DateOnly Today = new(2026, 3, 1);

    public static RunSummary Run(
        DateOnly date, double km, double minutes = 0, Guid? shoe = null, double? cadence = null,
        double? balance = null, double? rpe = null, Sport sport = Sport.Running) =>
        new(Guid.NewGuid(), new DateTimeOffset(date.ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero), sport,
            km * 1000, TimeSpan.FromMinutes(minutes == 0 ? km * 6 : minutes), cadence, balance, shoe, rpe);

    public static RunSummary DaysAgo(int days, double km, Guid? shoe = null) => Run(Today.AddDays(-days), km, shoe: shoe);

    public static TrainingHistory History(params RunSummary[] runs) =>
        TrainingHistory.FromRuns(runs, TimeZoneInfo.Utc);

    /// <summary>One run per day for <paramref name="kmPerDay"/>.Length days starting on <paramref name="first"/>; zero km means no run.</summary>
    public static TrainingHistory Daily(DateOnly first, params double[] kmPerDay) =>
        History([.. kmPerDay.Select((km, i) => (km, i)).Where(x => x.km > 0).Select(x => Run(first.AddDays(x.i), x.km))]);
}
