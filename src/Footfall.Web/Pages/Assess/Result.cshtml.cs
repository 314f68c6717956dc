using Footfall.Assessment;
using Footfall.Web.Features.Assessment;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Assess;

/// <summary>
/// The result of this browser's interview, at its own URL while the interview lives (two hours), so it
/// can be reloaded, printed and come back to. The answers stay in the sealed cookie; the URL holds none.
/// </summary>
[AllowAnonymous]
public sealed class ResultModel(InterviewCookie cookie, InterviewCaseBuilder interviews) : PageModel
{
    public AssessmentResult? Result { get; private set; }

    public int Steps { get; private set; }

    public string? Region { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (cookie.Read(Request) is not { } state)
        {
            return Page();
        }

        var interview = await interviews.ReplayAsync(state, User, HttpContext.RequestAborted);
        if (!interview.IsComplete)
        {
            return Redirect(IndexModel.StepUrl(interview.Steps.Count));
        }

        Result = interview.Result;
        Steps = interview.Steps.Count;
        Region = EmergencyRegion.Of(Request);
        return Page();
    }
}
