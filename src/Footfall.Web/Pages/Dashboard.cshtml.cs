using Footfall.Data.Entities;
using Footfall.Recovery;
using Footfall.Web.Features;
using Footfall.Web.Features.Dashboard;
using Footfall.Web.Features.Recovery;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages;

public sealed class DashboardModel(DashboardSummary summary, RecoveryJournal recovery) : PageModel
{
    /// <summary>The active recovery plan's title, or null.</summary>
    public string? PlanTitle { get; private set; }

    public PlanPosition? PlanPosition { get; private set; }

    public CheckInRecord? LatestCheckIn { get; private set; }

    public int ShoeCount { get; private set; }

    /// <summary>Activities imported, all sports.</summary>
    public int ActivityCount { get; private set; }

    /// <summary>Running distance in the last 7 days (the runner's local days), km.</summary>
    public double LastWeekKm { get; private set; }

    /// <summary>Change of the last 7 days against the 4 weeks before, percent; null when not computable.</summary>
    public double? WeeklyChangePercent { get; private set; }

    public int AssessmentCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var runner = Runner.Of(User);
        var counts = await summary.CountsAsync(runner, cancellationToken);
        (ShoeCount, ActivityCount, AssessmentCount, LastWeekKm, WeeklyChangePercent) = counts;
        if (await recovery.ActiveAsync(runner.Id, cancellationToken) is { } enrollment && recovery.PlanOf(enrollment) is { } plan)
        {
            PlanTitle = plan.Title;
            PlanPosition = RecoveryJournal.PositionOf(enrollment);
            LatestCheckIn = await summary.LatestCheckInAsync(runner, cancellationToken);
        }
    }
}
