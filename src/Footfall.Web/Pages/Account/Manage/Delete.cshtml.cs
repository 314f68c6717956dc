using System.ComponentModel.DataAnnotations;
using Footfall.Data.Entities;
using Footfall.Web.Features.Account;
using Microsoft.AspNetCore.Authentication;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Footfall.Web.Pages.Account.Manage;

[EnableRateLimiting(WebSetup.AccountPolicy)]
public sealed class DeleteAccountModel(UserManager<FootfallUser> users, DeleteAccount deleteAccount) : PageModel
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

        // Owned records and sessions go with the account; the audit trail keeps ids only.
        await deleteAccount.ExecuteAsync(new DeleteAccount.Request(user.Id, user.Id), HttpContext.RequestAborted);
        await HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        return RedirectToPage("/Account/Deleted");
    }
}
