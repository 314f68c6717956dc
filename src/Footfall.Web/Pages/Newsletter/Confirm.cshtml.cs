using Footfall.Web.Features.Newsletter;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Footfall.Web.Pages.Newsletter;

/// <summary>
/// The emailed confirmation link. Opening it shows a button, and only pressing it confirms, so a mail
/// scanner that follows links cannot subscribe anyone.
/// </summary>
[EnableRateLimiting(WebSetup.AccountPolicy)]
[AllowAnonymous]
public sealed class ConfirmModel(ConfirmSubscription.Handler confirm) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public bool Confirmed { get; private set; }

    public bool Failed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await confirm.HandleAsync(new ConfirmSubscription.Request(Token), ct);
        Confirmed = outcome.Succeeded;
        Failed = !outcome.Succeeded;
        return Page();
    }
}
