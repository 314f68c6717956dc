using System.ComponentModel.DataAnnotations;
using Footfall.Data.Entities;
using Footfall.Web.Features.Account;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Footfall.Web.Pages.Account.Manage;

/// <summary>
/// Two-factor sign-in with an authenticator app: enrol by QR code (or the key typed in), confirm with a
/// code, get ten single-use recovery codes once; turning it off or renewing codes asks for the password
/// (OWASP ASVS 4.0 3.7.1). Every change renews the security stamp, so other sessions end, and is emailed.
/// </summary>
[EnableRateLimiting(WebSetup.AccountPolicy)]
public sealed class TwoFactorModel(
    UserManager<FootfallUser> users, SignInManager<FootfallUser> signIn, SignedInSessions sessions, AuditTrail audit, AccountMail mail) : PageModel
{
    public const int RecoveryCodeCount = 10;

    public bool Enabled { get; private set; }

    public string? SharedKey { get; private set; }

    public string? QrCodeDataUri { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    [BindProperty]
    [StringLength(7)]
    public string? Code { get; set; }

    [BindProperty]
    [DataType(DataType.Password)]
    [StringLength(1024)]
    public string? Password { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), "That code is not right. Type the 6-digit code your app shows now for Footfall.");
            await LoadAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        NewRecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        await AfterChangeAsync(user, AuditActions.TwoFactorEnabled, "Two-factor sign-in was turned on for your Footfall account.");
        StatusMessage = "Two-factor sign-in is on. Keep these recovery codes somewhere safe: each works once, and they are shown only now.";
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!await users.CheckPasswordAsync(user, Password ?? ""))
        {
            ModelState.AddModelError(nameof(Password), "That password is not right; two-factor sign-in is still on.");
            await LoadAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await AfterChangeAsync(user, AuditActions.TwoFactorDisabled, "Two-factor sign-in was turned off for your Footfall account.");
        StatusMessage = "Two-factor sign-in is off.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!user.TwoFactorEnabled || !await users.CheckPasswordAsync(user, Password ?? ""))
        {
            ModelState.AddModelError(nameof(Password), "That password is not right; your recovery codes are unchanged.");
            await LoadAsync(user);
            return Page();
        }

        NewRecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        await AfterChangeAsync(user, AuditActions.RecoveryCodesRenewed, "New two-factor recovery codes were made for your Footfall account; the old ones no longer work.");
        StatusMessage = "Here are your new recovery codes; the old ones no longer work.";
        await LoadAsync(user);
        return Page();
    }

    private async Task AfterChangeAsync(FootfallUser user, string action, string notice)
    {
        await users.UpdateSecurityStampAsync(user);
        await sessions.EndAllAsync(user.Id, User.CurrentId(), HttpContext.RequestAborted);
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(action, user.Id);
        mail.QueueSecurityNotice(user, notice);
    }

    private async Task LoadAsync(FootfallUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // Stored without renewing the security stamp: merely opening this page must not end other sessions.
            key = users.GenerateNewAuthenticatorKey();
            await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", key);
        }

        SharedKey = string.Join(' ', key!.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        QrCodeDataUri = AuthenticatorQrCode.PngDataUri(TotpAuthenticator.EnrolmentUri(user.Email!, key!));
    }
}
