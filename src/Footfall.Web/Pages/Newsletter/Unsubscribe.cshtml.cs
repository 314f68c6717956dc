using Footfall.Web.Features;
using Footfall.Web.Features.Newsletter;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Newsletter;

/// <summary>
/// Unsubscribes from an issue's link. The link opens a page with one button (a GET never unsubscribes,
/// so link scanners cannot); a mail program's one-click POST (RFC 8058, body <c>List-Unsubscribe=One-Click</c>)
/// unsubscribes at once. No antiforgery token: the signed token in the URL is the proof, and the mail
/// program posting it has none.
/// </summary>
[IgnoreAntiforgeryToken]
[AllowAnonymous]
public sealed class UnsubscribeModel(Unsubscribe.Handler unsubscribe) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await unsubscribe.HandleAsync(new Unsubscribe.Request(Token), ct);
        if (!outcome.Succeeded)
        {
            ModelState.AddFieldErrors(outcome, prefix: string.Empty);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Done = true;
        return Page();
    }
}
