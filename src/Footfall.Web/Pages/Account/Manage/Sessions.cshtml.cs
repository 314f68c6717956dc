using Footfall.Data.Entities;
using Footfall.Web.Features.Account;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Account.Manage;

/// <summary>Where the runner is signed in (OWASP ASVS 4.0 3.3.4), with "sign out everywhere else".</summary>
public sealed class SessionsModel(SignedInSessions sessions) : PageModel
{
    public IReadOnlyList<UserSession> Sessions { get; private set; } = [];

    public string? CurrentId { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync()
    {
        CurrentId = User.CurrentId();
        Sessions = await sessions.ListAsync(User.RequireId(), CurrentId, HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostOthersAsync()
    {
        var ended = await sessions.EndOthersAsync(User.RequireId(), User.CurrentId(), HttpContext.RequestAborted);
        StatusMessage = ended == 1 ? "Signed out 1 other session." : $"Signed out {ended} other sessions.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEndAsync(string id)
    {
        var ended = await sessions.EndOneAsync(User.RequireId(), id, User.CurrentId(), HttpContext.RequestAborted);
        StatusMessage = ended ? "Signed out that session." : "That session had already ended.";
        return RedirectToPage();
    }
}
