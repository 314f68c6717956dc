using System.ComponentModel.DataAnnotations;
using Footfall.Data;
using Footfall.Data.Privacy;
using Footfall.Data.Entities;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Footfall.Web.Pages.Account.Manage;

[EnableRateLimiting(WebSetup.AccountPolicy)]
public sealed class DeleteAccountModel(
    UserManager<FootfallUser> users, SignInManager<FootfallUser> signIn, FootfallDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your password to confirm.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!await users.CheckPasswordAsync(user, Password))
        {
            ModelState.AddModelError(string.Empty, "That password is not right; your account has not been deleted.");
            return Page();
        }

        // Owned records go with the account (cascading foreign keys); the audit trail keeps ids only.
        await AccountData.DeleteAsync(db, user, user.Id, clock.GetUtcNow().UtcDateTime, HttpContext.RequestAborted);
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Deleted");
    }
}
