using Footfall.Web.Features.History;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.History;

/// <summary>
/// A background import's progress, then its summary. While it runs the page asks the browser to reload it
/// every <see cref="RefreshSeconds"/> seconds (a Refresh header, so it works without JavaScript).
/// </summary>
[Authorize]
public sealed class ImportModel(ImportStatus status) : PageModel
{
    public const int RefreshSeconds = 2;

    public ImportJobView Job { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await status.FindAsync(User.RequireId(), id, ct) is not { } job)
        {
            return NotFound();
        }

        Job = job;
        if (job.InProgress)
        {
            Response.Headers["Refresh"] = RefreshSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Response.Headers.CacheControl = "no-store";
        }

        return Page();
    }
}
