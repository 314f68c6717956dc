using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages;

/// <summary>The one friendly error page: never a stack trace, only what happened and where to go.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Something went wrong";

    public string Message { get; private set; } = "Sorry, Footfall hit an unexpected problem. Nothing you saved has been lost. Please try again in a moment.";

    public string? RequestId { get; private set; }

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        switch (code)
        {
            case 404:
                Title = "Page not found";
                Message = "We could not find that page. It may have moved, or the link may be mistyped.";
                RequestId = null;
                break;
            case 400:
                Title = "That request could not be processed";
                Message = "The form may have expired. Go back, reload the page and try again.";
                break;
            case 403:
                Title = "Not allowed";
                Message = "You do not have access to that page.";
                break;
            case 429:
                Title = "Too many attempts";
                Message = "Please wait a minute and try again.";
                break;
        }

        if (code is >= 400 and < 500)
        {
            Response.StatusCode = code.Value;
        }
    }
}
