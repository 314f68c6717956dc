using Footfall.Data;
using Footfall.Data.Activities;
using Footfall.Web.Features.History;
using Footfall.Data.Entities;
using Footfall.Recovery;
using Footfall.Web.Features.Recovery;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Pages;

public sealed class DashboardModel(FootfallDbContext db, RunnerTime time, RecoveryJournal recovery) : PageModel
{
    /// <summary>The active recovery plan's title, or null.</summary>
    public string? PlanTitle { get; private set; }

    public PlanPosition? PlanPosition { get; private set; }

    public CheckInRecord? LatestCheckIn { get; private set; }

    public int ShoeCount { get; private set; }

    /// <summary>Activities imported, all sports.</summary>
    public int ActivityCount { get; private set; }

    /// <summary>Running distance in the last 7 days (UTC dates), km.</summary>
    public double LastWeekKm { get; private set; }

    /// <summary>Change of the last 7 days against the 4 weeks before, percent; null when not computable.</summary>
    public double? WeeklyChangePercent { get; private set; }

    public int AssessmentCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var owner = User.RequireId();
        ShoeCount = await db.Shoes.OwnedBy(owner).CountAsync(cancellationToken);
        ActivityCount = await db.Activities.OwnedBy(owner).CountAsync(cancellationToken);
        if (ActivityCount > 0)
        {
            var report = await TrainingEvidence.ReportAsync(
                db, owner, time.Today, time.Zone, cancellationToken);
            LastWeekKm = report.WeeklyChange.LastWeek.Kilometers;
            WeeklyChangePercent = report.WeeklyChange.HasFullHistory ? report.WeeklyChange.Percent : null;
        }

        AssessmentCount = await db.Assessments.OwnedBy(owner).CountAsync(cancellationToken);
        if (await recovery.ActiveAsync(owner, cancellationToken) is { } enrollment && recovery.PlanOf(enrollment) is { } plan)
        {
            PlanTitle = plan.Title;
            PlanPosition = RecoveryJournal.PositionOf(enrollment);
            LatestCheckIn = await db.CheckIns.OwnedBy(owner).OrderByDescending(c => c.Date).FirstOrDefaultAsync(cancellationToken);
        }
    }
}
