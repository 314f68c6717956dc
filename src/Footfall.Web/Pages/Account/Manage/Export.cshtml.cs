using Footfall.Data;
using Footfall.Data.Privacy;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Account.Manage;

/// <summary>Downloads everything the signed-in runner owns as one JSON file (a POST, so no link can trigger it).</summary>
public sealed class ExportModel(FootfallDbContext db, TimeProvider clock) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Account/Manage/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        var now = clock.GetUtcNow();
        var buffer = new MemoryStream();
        await AccountData.ExportAsync(db, User.RequireId(), buffer, now.UtcDateTime, HttpContext.RequestAborted);
        buffer.Position = 0;
        return File(buffer, "application/json", $"footfall-export-{now:yyyy-MM-dd}.json");
    }
}
