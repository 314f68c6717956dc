using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Recovery;
using Footfall.Web.Features.Recovery;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Pages;

public sealed class DashboardModel(FootfallDbContext db, RecoveryJournal recovery) : PageModel
{
    /// <summary>The active recovery plan's title, or null.</summary>
    public string? PlanTitle { get; private set; }

    public PlanPosition? PlanPosition { get; private set; }

    public CheckInRecord? LatestCheckIn { get; private set; }

    public int ShoeCount { get; private set; }

    public int AssessmentCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var owner = User.RequireId();
        ShoeCount = await db.Shoes.OwnedBy(owner).CountAsync(cancellationToken);
        AssessmentCount = await db.Assessments.OwnedBy(owner).CountAsync(cancellationToken);
        if (await recovery.ActiveAsync(owner, cancellationToken) is { } enrollment && recovery.PlanOf(enrollment) is { } plan)
        {
            PlanTitle = plan.Title;
            PlanPosition = RecoveryJournal.PositionOf(enrollment);
            LatestCheckIn = await db.CheckIns.OwnedBy(owner).OrderByDescending(c => c.Date).FirstOrDefaultAsync(cancellationToken);
        }
    }
}
