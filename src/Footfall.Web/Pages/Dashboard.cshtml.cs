using Footfall.Data;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Pages;

public sealed class DashboardModel(FootfallDbContext db) : PageModel
{
    public int ShoeCount { get; private set; }

    public int AssessmentCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var owner = User.RequireId();
        ShoeCount = await db.Shoes.OwnedBy(owner).CountAsync(cancellationToken);
        AssessmentCount = await db.Assessments.OwnedBy(owner).CountAsync(cancellationToken);
    }
}
