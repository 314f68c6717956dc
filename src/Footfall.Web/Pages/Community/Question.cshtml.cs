using System.Security.Claims;
using Footfall.Web.Features;
using Footfall.Web.Features.Care;
using Footfall.Web.Features.Community;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Footfall.Web.Pages.Community;

/// <summary>One question with its answers: public; clinicians answer, anyone signed in reports, moderators hide and restore.</summary>
[EnableRateLimiting(WebSetup.AccountPolicy)]
[AllowAnonymous]
public sealed class QuestionModel(
    CommunityBoard board,
    CommunityRoles roles,
    CareAccess care,
    AnswerQuestion.Handler answer,
    ReportPost.Handler report,
    ModeratePost.Handler moderate) : PageModel
{
    public CommunityBoard.Thread Thread { get; private set; } = null!;

    public bool IsModerator { get; private set; }

    public bool IsClinician { get; private set; }

    [BindProperty]
    public AnswerInput Input { get; set; } = new();

    public sealed class AnswerInput
    {
        public string? Body { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAnswerAsync(Guid id, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        var outcome = await answer.HandleAsync(Runner.Of(User), new AnswerQuestion.Request(id, Input.Body), ct);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        if (outcome.Succeeded)
        {
            TempData["CommunityMessage"] = "Your answer is posted.";
            return RedirectToPage(new { id });
        }

        ModelState.AddFieldErrors(outcome);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostReportAsync(Guid id, Guid postId, string? reason, string? note, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        var outcome = await report.HandleAsync(Runner.Of(User), new ReportPost.Request(postId, reason, note), ct);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        if (outcome.Succeeded)
        {
            TempData["CommunityMessage"] = outcome.Value!.AlreadyReported
                ? "You had already reported that post; the moderators have it."
                : "Thank you: the post is reported and a moderator will look at it.";
            return RedirectToPage(new { id = outcome.Value.QuestionId });
        }

        ModelState.AddFieldErrors(outcome, prefix: string.Empty);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostModerateAsync(Guid id, Guid postId, ModeratePost.Decision decision, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        var outcome = await moderate.HandleAsync(Runner.Of(User), new ModeratePost.Request(postId, decision), ct);
        if (!outcome.Succeeded)
        {
            return NotFound();
        }

        TempData["CommunityMessage"] = ModeratePost.Describe(decision);
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        IsModerator = await roles.IsModeratorAsync(userId, ct);
        IsClinician = userId is not null && await care.PractitionerAsync(userId, ct) is not null;
        var thread = await board.ThreadAsync(id, IsModerator, ct);
        if (thread is null)
        {
            return false;
        }

        Thread = thread;
        return true;
    }
}
