using Footfall.Assessment;
using Footfall.Web.Features.Assessment;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Assess;

/// <summary>A one-page summary of this browser's finished interview to print or save as PDF and hand
/// to a clinician: who, when, the triage and why, the likely causes with reasons, and every answer.</summary>
[AllowAnonymous]
public sealed class SummaryModel(InterviewCookie cookie, InterviewCaseBuilder interviews, TimeProvider clock) : PageModel
{
    public Interview? Interview { get; private set; }

    public DateTimeOffset Printed { get; private set; }

    public string? Region { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (cookie.Read(Request) is not { } state)
        {
            return Redirect("/Assess/Result");
        }

        var interview = await interviews.ReplayAsync(state, User, HttpContext.RequestAborted);
        if (!interview.IsComplete)
        {
            return Redirect(IndexModel.StepUrl(interview.Steps.Count));
        }

        Interview = interview;
        Printed = clock.GetUtcNow();
        Region = EmergencyRegion.Of(Request);
        return Page();
    }
}
