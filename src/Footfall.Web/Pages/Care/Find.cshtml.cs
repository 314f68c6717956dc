using Footfall.Assessment.Knowledge;
using Footfall.Web.Features.Care;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Care;

/// <summary>
/// The directory: practitioners near a town or the browser's location, by profession and condition,
/// nearest first. The search is posted, so neither a position nor a condition ends up in a URL or a log.
/// </summary>
[AllowAnonymous]
public sealed class FindModel(PractitionerDirectory directory, KnowledgeBase knowledge) : PageModel
{
    [BindProperty]
    public string? Town { get; set; }

    [BindProperty]
    public double? Latitude { get; set; }

    [BindProperty]
    public double? Longitude { get; set; }

    [BindProperty]
    public string? Profession { get; set; }

    [BindProperty]
    public string? Condition { get; set; }

    public PractitionerDirectory.Result? Result { get; private set; }

    public IReadOnlyList<ConditionDefinition> Conditions => knowledge.Conditions.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();

    public string ConditionName(string id) => knowledge.FindCondition(id)?.Name ?? id;

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken ct)
    {
        var outcome = await directory.SearchAsync(new PractitionerDirectory.Query(Town, Latitude, Longitude, Profession, Condition), ct);
        if (outcome.Succeeded)
        {
            Result = outcome.Value;
        }
        else
        {
            foreach (var (field, messages) in outcome.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(char.ToUpperInvariant(field[0]) + field[1..], message);
                }
            }
        }
    }
}
