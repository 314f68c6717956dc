using System.Text.Json;
using Footfall.Activities;
using Footfall.Data.Activities;
using Footfall.Web.Features.History;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.History;

/// <summary>
/// Upload of activity files and export zips. Post/redirect/get: the summary (or the reason nothing was
/// imported) travels in temp data to the GET. The progress script posts with XMLHttpRequest and is answered
/// with the address to go to instead of a redirect, so it does not consume the summary itself.
/// </summary>
[Authorize]
[UploadLimit("/History/Upload?error=too-large")]
public sealed class UploadModel(UploadImport upload, IConfiguration configuration) : PageModel
{
    [TempData]
    public string? Summary { get; set; }

    [TempData]
    public string? ImportError { get; set; }

    /// <summary>How many files were skipped in all; the summary lists at most 50 of them.</summary>
    [TempData]
    public int? SkippedCount { get; set; }

    public ImportReport? Report { get; private set; }

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
        else if (Summary is { } json)
        {
            Report = JsonSerializer.Deserialize<ImportReport>(json);
        }
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files, CancellationToken ct)
    {
        if (files is null || files.Count == 0)
        {
            ImportError = "Choose one or more files to import.";
            return Done();
        }

        try
        {
            var report = await upload.ImportAsync(files, User.RequireId(), ct);
            SkippedCount = report.Skipped.Count;
            // Small enough for the temp-data cookie: ids are not shown, and at most 50 skipped files are listed.
            Summary = JsonSerializer.Serialize(report with { ImportedIds = [], Skipped = report.Skipped.Take(50).ToList(), Partial = report.Partial.Take(20).ToList(), LeftOut = report.LeftOut.Take(20).ToList() });
        }
        catch (ActivityFormatException ex)
        {
            ImportError = $"Nothing was imported: {ex.Message}";
        }

        return Done();
    }

    private IActionResult Done() =>
        Request.Headers.XRequestedWith == "XMLHttpRequest"
            ? new JsonResult(new { location = "/History/Upload" })
            : RedirectToPage();
}
