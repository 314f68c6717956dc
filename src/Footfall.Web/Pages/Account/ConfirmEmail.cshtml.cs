using Footfall.Data.Entities;
using Footfall.Web.Features.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Footfall.Web.Infrastructure;

namespace Footfall.Web.Pages.Account;

/// <summary>
/// The emailed confirmation link opens this page, and the button confirms (a POST, so a mail scanner
/// that fetches links does not spend the single-use token).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(WebSetup.AccountPolicy)]
public sealed class ConfirmEmailModel(UserManager<FootfallUser> users, AuditTrail audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The sign-in page, continuing to <see cref="ReturnUrl"/> when it is a local page.</summary>
    public string SignInUrl => Url.IsLocalUrl(ReturnUrl) ? $"/Account/Login?returnUrl={Uri.EscapeDataString(ReturnUrl)}" : "/Account/Login";

    public bool Confirmed { get; private set; }

    public bool Failed { get; private set; }

    public void OnGet() => Failed = string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Code);

    public async Task<IActionResult> OnPostAsync()
    {
        var user = string.IsNullOrEmpty(UserId) ? null : await users.FindByIdAsync(UserId);
        if (user is null || string.IsNullOrEmpty(Code) || !(await users.ConfirmEmailAsync(user, Code)).Succeeded)
        {
            Failed = true;
            return Page();
        }

        // A new stamp spends the link (and any older one).
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(AuditActions.EmailConfirmed, user.Id, actorId: user.Id);
        Confirmed = true;
        return Page();
    }
}
