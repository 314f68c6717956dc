using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Features.Account;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Pages.Account.Manage;

/// <summary>Where the runner is signed in (OWASP ASVS 4.0 3.3.4), with "sign out everywhere else".</summary>
public sealed class SessionsModel(FootfallDbContext db, AuditTrail audit) : PageModel
{
    public IReadOnlyList<UserSession> Sessions { get; private set; } = [];

    public string? CurrentId { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync()
    {
        CurrentId = User.CurrentId();
        var owner = User.RequireId();
        Sessions = await db.Sessions.AsNoTracking().Where(s => s.UserId == owner)
            .OrderByDescending(s => s.Id == CurrentId).ThenByDescending(s => s.LastSeenAtUtc)
            .ToListAsync(HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostOthersAsync()
    {
        var owner = User.RequireId();
        var ended = await Features.Account.Sessions.EndAllAsync(db, owner, keepSessionId: User.CurrentId(), HttpContext.RequestAborted);
        await audit.RecordAsync(AuditActions.SessionsRevoked, owner, detail: $"{ended} other session(s)", cancellationToken: HttpContext.RequestAborted);
        StatusMessage = ended == 1 ? "Signed out 1 other session." : $"Signed out {ended} other sessions.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEndAsync(string id)
    {
        var owner = User.RequireId();
        var ended = await db.Sessions.Where(s => s.UserId == owner && s.Id == id && s.Id != User.CurrentId()).ExecuteDeleteAsync(HttpContext.RequestAborted);
        if (ended > 0)
        {
            await audit.RecordAsync(AuditActions.SessionsRevoked, owner, detail: "1 other session", cancellationToken: HttpContext.RequestAborted);
        }

        StatusMessage = ended > 0 ? "Signed out that session." : "That session had already ended.";
        return RedirectToPage();
    }
}
