using Footfall.Web.Features.Assessment;
using Footfall.Web.Features;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Assess;

/// <summary>
/// Saves a finished interview to the runner's account. An anonymous runner's sealed interview waits
/// in a short-lived HttpOnly cookie while they create an account or sign in, then is saved here.
/// </summary>
[AllowAnonymous]
public sealed class SaveModel(
    InterviewCookie interviewCookie,
    InterviewStateProtector protector,
    InterviewCaseBuilder interviews,
    SaveAssessment.Handler save) : PageModel
{
    public const string PendingCookie = "footfall-pending-assessment";

    public async Task<IActionResult> OnPostAsync()
    {
        if (interviewCookie.Read(Request) is not { } interview)
        {
            return Page();
        }

        if (User.Identity?.IsAuthenticated != true)
        {
            Response.Cookies.Append(PendingCookie, protector.Protect(interview), new CookieOptions
            {
                HttpOnly = true,
                Secure = Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                MaxAge = TimeSpan.FromHours(1),
                IsEssential = true,
            });
            return Redirect("/Account/Register?returnUrl=%2FAssess%2FSave");
        }

        return await SaveAsync(interview);
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Redirect("/Account/Login?returnUrl=%2FAssess%2FSave");
        }

        var interview = protector.Unprotect(Request.Cookies[PendingCookie]);
        Response.Cookies.Delete(PendingCookie);
        return interview is null ? Page() : await SaveAsync(interview);
    }

    private async Task<IActionResult> SaveAsync(InterviewState interview)
    {
        var replayed = (await interviews.ReplayAsync(interview, User, HttpContext.RequestAborted)).Finish();
        var saved = await save.HandleAsync(Runner.Of(User), new SaveAssessment.Request(replayed.Case, replayed.Result), HttpContext.RequestAborted);
        return Redirect($"/Assess/View/{saved.Value}");
    }
}
