using System.ComponentModel.DataAnnotations;
using Footfall.Data.Entities;
using Footfall.Web.Features.Account;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(WebSetup.AccountPolicy)]
public sealed class RegisterModel(
    UserManager<FootfallUser> users, AccountMail mail, AuditTrail audit, DummyPasswordHash dummy, TimeProvider clock) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public sealed class RegisterInput
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address, like name@example.com.")]
        [StringLength(256)]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Choose a password.")]
        [StringLength(MaximumLengthPasswordValidator.MaximumLength, MinimumLength = 12, ErrorMessage = "Your password must be at least 12 characters long.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = string.Empty;

        [Required(ErrorMessage = "Type your password again to confirm it.")]
        [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
        [DataType(DataType.Password)]
        public string ConfirmPassword { get; set; } = string.Empty;

        [Display(Name = "I understand and agree")]
        [Range(typeof(bool), "true", "true", ErrorMessage = "Please confirm that you understand Footfall gives guidance, not a diagnosis.")]
        public bool AcceptTerms { get; set; }

        /// <summary>The browser's time zone (IANA id), filled in by a script; empty without JavaScript.</summary>
        [StringLength(64)]
        public string? TimeZone { get; set; }
    }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Redirect("/Dashboard") : Page();

    /// <summary>
    /// Answers the same way whether or not the email has an account (OWASP ASVS 4.0 V2, account
    /// enumeration): a new address gets a confirmation link, a known one the "you already have an
    /// account" news, both by email and both behind the same "check your email" page.
    /// </summary>
    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Input.Email.Trim();
        var user = new FootfallUser
        {
            UserName = email,
            Email = email,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            TimeZoneId = RunnerTime.IsKnown(Input.TimeZone) ? Input.TimeZone : null,
        };

        // The password rules first, the same for every address, so their answer says nothing about accounts.
        foreach (var validator in users.PasswordValidators)
        {
            var checkedPassword = await validator.ValidateAsync(users, user, Input.Password);
            foreach (var error in checkedPassword.Errors.Where(e => !ModelState.Values.SelectMany(v => v.Errors).Any(m => m.ErrorMessage == e.Description)))
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        IdentityResult created;
        if (await users.FindByEmailAsync(email) is not null)
        {
            _ = dummy.Verify(Input.Password);
            created = IdentityResult.Failed(new IdentityError { Code = "DuplicateEmail" });
        }
        else
        {
            try
            {
                created = await users.CreateAsync(user, Input.Password);
            }
            catch (DbUpdateException)
            {
                // Lost a race with another registration of the same address: the unique index said no.
                created = IdentityResult.Failed(new IdentityError { Code = "DuplicateEmail" });
            }
        }

        if (created.Succeeded)
        {
            await audit.RecordAsync(AuditActions.Registered, user.Id, actorId: user.Id);
            await mail.QueueConfirmationAsync(user, Url.IsLocalUrl(returnUrl) ? returnUrl : null);
        }
        else if (created.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName"))
        {
            mail.QueueAlreadyRegistered(email);
        }
        else
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return Page();
        }

        return RedirectToPage("/Account/CheckEmail", new { reason = "register" });
    }
}
