using Footfall.Data;
using Footfall.Data.Activities;
using Footfall.Data.Entities;
using Footfall.Training;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Dashboard;

/// <summary>The counts and the latest check-in the signed-in home page shows.</summary>
public sealed class DashboardSummary(FootfallDbContext db, TimeProvider clock)
{
    /// <param name="Shoes">Shoes the runner tracks.</param>
    /// <param name="Activities">Activities imported, all sports.</param>
    /// <param name="Assessments">Saved assessments.</param>
    /// <param name="LastWeekKm">Running distance in the last 7 local days, km.</param>
    /// <param name="WeeklyChangePercent">The last 7 days against the 4 weeks before, percent; null when not computable.</param>
    public sealed record Counts(int Shoes, int Activities, int Assessments, double LastWeekKm, double? WeeklyChangePercent);

    public async Task<Counts> CountsAsync(Runner runner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var shoes = await db.Shoes.OwnedBy(runner.Id).CountAsync(cancellationToken);
        var activities = await db.Activities.OwnedBy(runner.Id).CountAsync(cancellationToken);
        var assessments = await db.Assessments.OwnedBy(runner.Id).CountAsync(cancellationToken);
        if (activities == 0)
        {
            return new Counts(shoes, 0, assessments, 0, null);
        }

        // Only the week-on-week change is shown here: it is worked out alone, not with the whole
        // training report (a daily series since the first run, which for years of history is large).
        var runs = await TrainingEvidence.LoadRunsAsync(db, runner.Id, cancellationToken);
        var change = WeeklyDistanceChange.Compute(TrainingHistory.FromRuns(runs, runner.Zone), runner.Today(clock));
        return new Counts(shoes, activities, assessments, change.LastWeek.Kilometers, change.HasFullHistory ? change.Percent : null);
    }

    public Task<CheckInRecord?> LatestCheckInAsync(Runner runner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runner);
        return db.CheckIns.OwnedBy(runner.Id).AsNoTracking().OrderByDescending(c => c.Date).FirstOrDefaultAsync(cancellationToken);
    }
}
