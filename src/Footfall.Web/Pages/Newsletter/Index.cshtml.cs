using Footfall.Web.Features;
using Footfall.Web.Features.Newsletter;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Footfall.Web.Pages.Newsletter;

/// <summary>Subscribes an address (double opt-in): the answer is the same for every valid address.</summary>
[EnableRateLimiting(WebSetup.AccountPolicy)]
[AllowAnonymous]
public sealed class IndexModel(Subscribe.Handler subscribe) : PageModel
{
    [BindProperty]
    public SubscribeInput Input { get; set; } = new();

    [TempData]
    public bool Asked { get; set; }

    public sealed class SubscribeInput
    {
        public string? Email { get; set; }
    }

    public void OnGet()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            Input.Email = User.FindFirst(System.Security.Claims.ClaimTypes.Email)?.Value ?? User.Identity.Name;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await subscribe.HandleAsync(new Subscribe.Request(Input.Email), ct);
        if (outcome.Succeeded)
        {
            Asked = true;
            return RedirectToPage();
        }

        ModelState.AddFieldErrors(outcome);
        return Page();
    }
}
