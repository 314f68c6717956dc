using System.ComponentModel.DataAnnotations;
using Footfall.Web.Features.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Footfall.Web.Infrastructure;

namespace Footfall.Web.Pages.Account;

/// <summary>Sign-in: the same work and the same answer for every wrong email or password (see <see cref="PasswordSignIn"/>).</summary>
[AllowAnonymous]
[EnableRateLimiting(WebSetup.AccountPolicy)]
public sealed class LoginModel(PasswordSignIn passwordSignIn, AccountMail mail) : PageModel
{
    public const string FailedMessage = PasswordSignIn.FailedMessage;

    public const string ThrottledMessage = "Too many failed attempts for this account or from your connection.";

    public const string NotConfirmedMessage =
        "Please confirm your email address first: we have sent you a new link. Open it, then sign in.";

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [StringLength(256)]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter your password.")]
        [StringLength(1024)]
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

        var outcome = await passwordSignIn.SignInAsync(Input.Email, Input.Password, Input.RememberMe, HttpContext.RequestAborted);
        var next = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Dashboard";
        switch (outcome.Status)
        {
            case PasswordSignInStatus.SignedIn:
                return LocalRedirect(next);
            case PasswordSignInStatus.SecondFactor:
                return RedirectToPage("/Account/LoginWith2fa", new { returnUrl = next, rememberMe = Input.RememberMe });
            case PasswordSignInStatus.NotConfirmed:
                await mail.QueueConfirmationAsync(outcome.Unconfirmed!);
                ModelState.AddModelError(string.Empty, NotConfirmedMessage);
                return Page();
            case PasswordSignInStatus.Throttled:
                ModelState.AddModelError(string.Empty, $"{ThrottledMessage} Please wait {Math.Ceiling(outcome.Wait.TotalSeconds)} seconds and try again.");
                return Page();
            default:
                ModelState.AddModelError(string.Empty, FailedMessage);
                return Page();
        }
    }
}
