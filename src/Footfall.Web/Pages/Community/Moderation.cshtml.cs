using Footfall.Web.Features;
using Footfall.Web.Features.Community;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Footfall.Web.Pages.Community;

/// <summary>The moderation queue: reported posts to hide or keep, hidden posts to restore. Moderators only (404 for anyone else).</summary>
[Authorize]
[EnableRateLimiting(WebSetup.AccountPolicy)]
public sealed class ModerationModel(ModerationDesk desk, ModeratePost.Handler moderate) : PageModel
{
    public ModerationDesk.Worklist Worklist { get; private set; } = null!;

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var read = await desk.ReadAsync(User.RequireId(), ct);
        if (read is null)
        {
            return NotFound();
        }

        Worklist = read;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid postId, ModeratePost.Decision decision, CancellationToken ct)
    {
        var outcome = await moderate.HandleAsync(Runner.Of(User), new ModeratePost.Request(postId, decision), ct);
        if (!outcome.Succeeded)
        {
            return NotFound();
        }

        Status = ModeratePost.Describe(decision);
        return RedirectToPage();
    }
}
