using Footfall.Web.Features.Care;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Clinics;

/// <summary>Sets up a clinic; the signed-in account becomes its admin.</summary>
[Authorize]
public sealed class NewModel(CreateClinic create) : PageModel
{
    [BindProperty]
    public CreateClinic.Request Input { get; set; } = new(null, null, null, null);

    public static IReadOnlyList<string> Zones => RunnerTime.Choices;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await create.RunAsync(User.RequireId(), Input, ct);
        if (!outcome.Succeeded)
        {
            outcome.AddTo(ModelState, nameof(Input));
            return Page();
        }

        return RedirectToPage("/Clinics/Manage", new { id = outcome.Value!.Id });
    }
}
