using Footfall.Data.Entities;
using Footfall.Web.Features.Account;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Account.Manage;

/// <summary>The runner's own audit trail: sign-ins, failures, changes, exports, and reads by others.</summary>
public sealed class ActivityModel(SecurityActivity activity) : PageModel
{
    /// <summary>How many entries the page shows, newest first.</summary>
    public const int PageSize = SecurityActivity.PageSize;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public string OwnerId { get; private set; } = "";

    public async Task OnGetAsync()
    {
        OwnerId = User.RequireId();
        Entries = await activity.NewestAsync(OwnerId, HttpContext.RequestAborted);
    }

    public string Actor(AuditEntry entry) => entry.ActorId switch
    {
        null => "—",
        var id when id == OwnerId => "You",
        var id when id.StartsWith("operator:", StringComparison.Ordinal) => "A Footfall operator (command line)",
        _ => "Someone else",
    };
}
