using Footfall.Web.Features.History;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.History;

/// <summary>
/// Upload of activity files and export zips. The upload is stored and imported by a background job
/// (<see cref="BackgroundImport"/>); the post redirects at once to the import's progress page. The progress
/// script posts with XMLHttpRequest and is answered with the address to go to instead of a redirect.
/// </summary>
[Authorize]
[UploadLimit("/History/Upload?error=too-large")]
public sealed class UploadModel(BackgroundImport imports, IConfiguration configuration) : PageModel
{
    [TempData]
    public string? ImportError { get; set; }

    public string? Error { get; private set; }

    public long MaxUploadMegabytes => UploadImport.MaxUploadBytes(configuration) / (1024 * 1024);

    public void OnGet(string? error)
    {
        if (error == "too-large")
        {
            Error = $"That upload is larger than {MaxUploadMegabytes} MB. Upload the export in parts, or the activity files in smaller batches.";
        }
        else if (ImportError is { } message)
        {
            Error = message;
        }
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files, CancellationToken ct)
    {
        if (files is null || files.Count == 0)
        {
            ImportError = "Choose one or more files to import.";
            return Go("/History/Upload");
        }

        var id = await imports.StartAsync(files, User.RequireId(), ct);
        return Go($"/History/Import/{id:D}");
    }

    private IActionResult Go(string location) =>
        Request.Headers.XRequestedWith == "XMLHttpRequest"
            ? new JsonResult(new { location })
            : Redirect(location);
}
