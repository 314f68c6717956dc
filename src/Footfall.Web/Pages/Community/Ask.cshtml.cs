using Footfall.Data;
using Footfall.Web.Features;
using Footfall.Web.Features.Community;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Pages.Community;

/// <summary>Asks a question; the first time, the runner also chooses the display name it is shown under.</summary>
[Authorize]
[EnableRateLimiting(WebSetup.AccountPolicy)]
public sealed class AskModel(AskQuestion.Handler ask, CommunityBoard board) : PageModel
{
    [BindProperty]
    public AskInput Input { get; set; } = new();

    /// <summary>The name the runner already posts under, or null before their first post.</summary>
    public string? DisplayName { get; private set; }

    public sealed class AskInput
    {
        public string? DisplayName { get; set; }

        public string? Title { get; set; }

        public string? Body { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct) => DisplayName = await board.DisplayNameAsync(User.RequireId(), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await ask.HandleAsync(Runner.Of(User), new AskQuestion.Request(Input.Title, Input.Body, Input.DisplayName), ct);
        if (outcome.Succeeded)
        {
            TempData["CommunityMessage"] = "Your question is posted. Clinicians on Footfall will see it.";
            return RedirectToPage("/Community/Question", new { id = outcome.Value!.Id });
        }

        ModelState.AddFieldErrors(outcome);
        DisplayName = await board.DisplayNameAsync(User.RequireId(), ct);
        return Page();
    }
}
