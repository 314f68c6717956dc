using System.ComponentModel.DataAnnotations;
using Footfall.Data.Entities;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Footfall.Web.Pages.Account;

[EnableRateLimiting(WebSetup.AccountPolicy)]
public sealed class RegisterModel(UserManager<FootfallUser> users, SignInManager<FootfallUser> signIn, TimeProvider clock) : PageModel
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

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new FootfallUser
        {
            UserName = Input.Email.Trim(),
            Email = Input.Email.Trim(),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            TimeZoneId = RunnerTime.IsKnown(Input.TimeZone) ? Input.TimeZone : null,
        };
        var result = await users.CreateAsync(user, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                // Identity's duplicate-user messages name the address; say it plainly instead.
                var message = error.Code is "DuplicateUserName" or "DuplicateEmail"
                    ? "An account with this email already exists. Sign in instead, or use another address."
                    : error.Description;
                if (!ModelState.Values.SelectMany(v => v.Errors).Any(e => e.ErrorMessage == message))
                {
                    ModelState.AddModelError(string.Empty, message);
                }
            }

            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/Dashboard");
    }
}
