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

/// <summary>Asks for a reset link; the answer is the same whether or not the address has an account.</summary>
[AllowAnonymous]
[EnableRateLimiting(WebSetup.AccountPolicy)]
public sealed class ForgotPasswordModel(UserManager<FootfallUser> users, AccountMail mail, AuditTrail audit) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your email address.")]
    [StringLength(256)]
    public string Email { get; set; } = string.Empty;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is not null)
        {
            await mail.QueuePasswordResetAsync(user);
            await audit.RecordAsync(AuditActions.PasswordResetRequested, user.Id);
        }

        return RedirectToPage("/Account/CheckEmail", new { reason = "reset" });
    }
}
