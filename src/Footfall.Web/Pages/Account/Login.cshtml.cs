using System.ComponentModel.DataAnnotations;
using Footfall.Data.Entities;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Footfall.Web.Pages.Account;

[EnableRateLimiting(WebSetup.AccountPolicy)]
public sealed class LoginModel(SignInManager<FootfallUser> signIn) : PageModel
{
    public const string LockedOutMessage =
        "This account is locked for 15 minutes after too many failed sign-in attempts. Please wait and try again.";

    public const string FailedMessage = "That email and password do not match an account.";

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Enter your email address.")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = string.Empty;

        public bool RememberMe { get; set; }
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

        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Dashboard");
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut ? LockedOutMessage : FailedMessage);
        return Page();
    }
}
