using System.ComponentModel.DataAnnotations;
using Footfall.Data.Entities;
using Footfall.Web.Features.Account;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Footfall.Web.Pages.Account;

/// <summary>The second step of sign-in: an authenticator code or a single-use recovery code, throttled per account.</summary>
[AllowAnonymous]
[EnableRateLimiting(WebSetup.AccountPolicy)]
public sealed class LoginWith2faModel(SessionSignInManager signIn, SignInThrottle throttle, AuditTrail audit) : PageModel
{
    [BindProperty]
    [StringLength(7)]
    public string? Code { get; set; }

    [BindProperty]
    [StringLength(32)]
    public string? RecoveryCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/Login");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var key = "2fa:" + user.Id;
        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        var wait = await throttle.WaitForAsync(key, address);
        if (wait > TimeSpan.Zero)
        {
            await audit.RecordAsync(AuditActions.SignInThrottled, user.Id, detail: "second factor");
            ModelState.AddModelError(string.Empty, $"{LoginModel.ThrottledMessage} Please wait {Math.Ceiling(wait.TotalSeconds)} seconds and try again.");
            return Page();
        }

        var recovery = RecoveryCode?.Replace(" ", "", StringComparison.Ordinal);
        var result = !string.IsNullOrEmpty(recovery)
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(recovery)
            : await signIn.TwoFactorAuthenticatorSignInAsync((Code ?? "").Replace(" ", "", StringComparison.Ordinal), RememberMe, rememberClient: false);
        if (result.Succeeded)
        {
            await throttle.SucceededAsync(key);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Dashboard");
        }

        await throttle.FailedAsync(key, address);
        await audit.RecordAsync(AuditActions.TwoFactorFailed, user.Id, detail: string.IsNullOrEmpty(recovery) ? "authenticator code" : "recovery code");
        ModelState.AddModelError(string.Empty, "That code is not right. Codes change every 30 seconds; type the one your app shows now.");
        return Page();
    }
}
