using Footfall.Web.Features.Account;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Account.Manage;

/// <summary>Downloads everything the signed-in runner owns as one JSON file (a POST, so no link can trigger it).</summary>
public sealed class ExportModel(ExportAccount export, TimeProvider clock) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Account/Manage/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        var owner = User.RequireId();
        var buffer = new MemoryStream();
        await export.ExecuteAsync(new ExportAccount.Request(owner, owner), buffer, HttpContext.RequestAborted);
        buffer.Position = 0;
        return File(buffer, "application/json", $"footfall-export-{clock.GetUtcNow():yyyy-MM-dd}.json");
    }
}
