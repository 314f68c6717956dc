using Footfall.Data.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Account;

/// <summary>Sign-out is a POST (with an antiforgery token) so a link on another site cannot sign a runner out.</summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<FootfallUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();

        // ASVS 8.2.3: the browser drops what it kept of the signed-in pages and this site's cookies.
        Response.Headers["Clear-Site-Data"] = "\"cache\", \"cookies\", \"storage\"";
        return RedirectToPage();
    }
}
