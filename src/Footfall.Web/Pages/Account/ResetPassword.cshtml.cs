using System.ComponentModel.DataAnnotations;
using Footfall.Data.Entities;
using Footfall.Web.Features.Account;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Footfall.Web.Pages.Account;

/// <summary>
/// The emailed reset link: a single-use token valid for an hour (the reset renews the security stamp,
/// which spends it). A reset ends every session of the account.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(WebSetup.AccountPolicy)]
public sealed class ResetPasswordModel(UserManager<FootfallUser> users, SignedInSessions sessions, AuditTrail audit, AccountMail mail) : PageModel
{
    public const string DoneMessage = "Your password has been changed and you have been signed out everywhere. Sign in with your new password.";

    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public ResetInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public sealed class ResetInput
    {
        [Required(ErrorMessage = "Choose a new password.")]
        [StringLength(MaximumLengthPasswordValidator.MaximumLength, MinimumLength = 12, ErrorMessage = "Your new password must be at least 12 characters long.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = string.Empty;

        [Required(ErrorMessage = "Type your new password again to confirm it.")]
        [Compare(nameof(Password), ErrorMessage = "The two new passwords do not match.")]
        [DataType(DataType.Password)]
        public string ConfirmPassword { get; set; } = string.Empty;
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = string.IsNullOrEmpty(UserId) ? null : await users.FindByIdAsync(UserId);
        if (user is null || string.IsNullOrEmpty(Code))
        {
            ModelState.AddModelError(string.Empty, "This link has expired or has already been used. Ask for a new one.");
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, Code, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Code == "InvalidToken"
                    ? "This link has expired or has already been used. Ask for a new one."
                    : error.Description);
            }

            return Page();
        }

        if (!user.EmailConfirmed)
        {
            // The link reached the inbox, which proves the address as well as a confirmation would.
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }

        await sessions.EndAllAsync(user.Id, keepSessionId: null, HttpContext.RequestAborted);
        await audit.RecordAsync(AuditActions.PasswordReset, user.Id);
        mail.QueueSecurityNotice(user, "Your Footfall password was reset with an emailed link, and every session was signed out.");
        StatusMessage = DoneMessage;
        return RedirectToPage("/Account/Login");
    }
}
