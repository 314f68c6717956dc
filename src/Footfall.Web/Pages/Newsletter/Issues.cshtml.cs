using Footfall.Data.Entities;
using Footfall.Web.Features;
using Footfall.Web.Features.Community;
using Footfall.Web.Features.Newsletter;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Footfall.Web.Pages.Newsletter;

/// <summary>An editor's desk: write an issue (optionally from what is new), see it, send it. Editors only (404 for anyone else).</summary>
[Authorize]
[EnableRateLimiting(WebSetup.AccountPolicy)]
public sealed class IssuesModel(NewsletterDesk desk, CommunityRoles roles, ComposeIssue.Handler compose, SendIssue.Handler send) : PageModel
{
    public NewsletterDesk.Summary Summary { get; private set; } = null!;

    public IReadOnlyList<LearningCatalogue.Item> WhatIsNew { get; private set; } = [];

    [BindProperty]
    public IssueInput Input { get; set; } = new();

    [TempData]
    public string? Status { get; set; }

    public sealed class IssueInput
    {
        public string? Subject { get; set; }

        public string? Body { get; set; }

        public string? Announces { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(bool fromNew, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (fromNew && WhatIsNew.Count > 0)
        {
            Input.Subject = "New on Footfall: guides and classes";
            Input.Body = desk.DraftBody(WhatIsNew);
            Input.Announces = string.Join(',', WhatIsNew.Select(i => i.Key));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostComposeAsync(CancellationToken ct)
    {
        var outcome = await compose.HandleAsync(Runner.Of(User), new ComposeIssue.Request(Input.Subject, Input.Body, Input.Announces), ct);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        if (outcome.Succeeded)
        {
            Status = $"Draft saved: \"{outcome.Value!.Subject}\". Check it below, then send it.";
            return RedirectToPage();
        }

        ModelState.AddFieldErrors(outcome);
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostSendAsync(Guid issueId, CancellationToken ct)
    {
        var outcome = await send.HandleAsync(Runner.Of(User), new SendIssue.Request(issueId), ct);
        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        if (!outcome.Succeeded)
        {
            ModelState.AddFieldErrors(outcome, prefix: string.Empty);
            return await LoadAsync(ct) ? Page() : NotFound();
        }

        Status = $"Sending \"{outcome.Value!.Subject}\" to every confirmed subscriber. Reload to see how many it reached.";
        return RedirectToPage();
    }

    public static string State(NewsletterIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return issue switch
        {
            { SentAtUtc: null } => "Draft",
            { DeliveredAtUtc: null } => "Sending",
            _ => $"Sent to {issue.DeliveredCount}" + (issue.FailedCount > 0 ? $" ({issue.FailedCount} failed)" : string.Empty),
        };
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await roles.IsEditorAsync(User.RequireId(), ct))
        {
            return false;
        }

        Summary = await desk.SummaryAsync(ct);
        WhatIsNew = await desk.WhatIsNewAsync(ct);
        return true;
    }
}
