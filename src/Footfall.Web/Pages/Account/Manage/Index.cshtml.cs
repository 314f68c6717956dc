using System.ComponentModel.DataAnnotations;
using Footfall.Data.Entities;
using Footfall.Web.Features.Account;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Footfall.Web.Pages.Account.Manage;

[EnableRateLimiting(WebSetup.AccountPolicy)]
public sealed class ManageIndexModel(
    UserManager<FootfallUser> users, SignInManager<FootfallUser> signIn, SignedInSessions sessions, AuditTrail audit, AccountMail mail) : PageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    public string? Email { get; private set; }

    public string TimeZoneId { get; private set; } = "UTC";

    public Footfall.Training.DistanceUnit DistanceUnit { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public sealed class ChangePasswordInput
    {
        [Required(ErrorMessage = "Enter your current password.")]
        [DataType(DataType.Password)]
        public string CurrentPassword { get; set; } = string.Empty;

        [Required(ErrorMessage = "Choose a new password.")]
        [StringLength(MaximumLengthPasswordValidator.MaximumLength, MinimumLength = 12, ErrorMessage = "Your new password must be at least 12 characters long.")]
        [DataType(DataType.Password)]
        public string NewPassword { get; set; } = string.Empty;

        [Required(ErrorMessage = "Type your new password again to confirm it.")]
        [Compare(nameof(NewPassword), ErrorMessage = "The two new passwords do not match.")]
        [DataType(DataType.Password)]
        public string ConfirmPassword { get; set; } = string.Empty;
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Email = user.Email;
        TimeZoneId = RunnerTime.FromId(user.TimeZoneId).Id;
        DistanceUnit = user.DistanceUnit;
        return Page();
    }

    public async Task<IActionResult> OnPostDistanceUnitAsync(string? distanceUnit)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (distanceUnit is not ("km" or "mi"))
        {
            StatusMessage = "Choose kilometres or miles; nothing was changed.";
            return RedirectToPage();
        }

        user.DistanceUnit = Footfall.Training.DistanceUnitExtensions.FromCode(distanceUnit);
        await users.UpdateAsync(user);
        // Like the time zone, the unit travels in the sign-in cookie.
        await signIn.RefreshSignInAsync(user);
        StatusMessage = $"Distances are now shown in {Footfall.Training.DistanceUnitExtensions.Plural(user.DistanceUnit)}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostTimeZoneAsync(string? timeZoneId)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!RunnerTime.IsKnown(timeZoneId))
        {
            StatusMessage = "That time zone is not known; nothing was changed.";
            return RedirectToPage();
        }

        user.TimeZoneId = timeZoneId;
        await users.UpdateAsync(user);
        // The zone travels in the sign-in cookie; renew it so every page uses the new zone at once.
        await signIn.RefreshSignInAsync(user);
        StatusMessage = $"Your time zone is now {timeZoneId}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Email = user.Email;
        TimeZoneId = RunnerTime.FromId(user.TimeZoneId).Id;
        DistanceUnit = user.DistanceUnit;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Code == "PasswordMismatch" ? "Your current password is not right." : error.Description);
            }

            return Page();
        }

        // The new security stamp already fails every other cookie; ending their sessions makes it visible
        // on the sessions page, and refreshing this one keeps the runner signed in here.
        await sessions.EndAllAsync(user.Id, User.CurrentId(), HttpContext.RequestAborted);
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(AuditActions.PasswordChanged, user.Id);
        mail.QueueSecurityNotice(user, "Your Footfall password was changed, and every other session was signed out.");
        StatusMessage = "Your password has been changed, and you have been signed out everywhere else.";
        return RedirectToPage();
    }
}
