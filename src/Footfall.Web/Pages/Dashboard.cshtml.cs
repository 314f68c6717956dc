using Footfall.Data;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Pages;

public sealed class DashboardModel(FootfallDbContext db) : PageModel
{
    public int ShoeCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ShoeCount = await db.Shoes.OwnedBy(User.RequireId()).CountAsync(cancellationToken);
    }
}
