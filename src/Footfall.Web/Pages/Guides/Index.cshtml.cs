using Footfall.Learning;
using Footfall.Recovery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Guides;

/// <summary>Every condition guide (<c>/Guides</c>), and one condition's guide built from the knowledge base at run time (<c>/Guides/{id}</c>); open to everyone.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class IndexModel(GuideBook book, RecoveryKnowledge recovery) : PageModel
{
    public IReadOnlyList<ConditionGuide> Guides { get; private set; } = [];

    /// <summary>The guide asked for, or null on the list.</summary>
    public ConditionGuide? Guide { get; private set; }

    /// <summary>The exercise library, for the names of a plan's exercises.</summary>
    public IReadOnlyDictionary<string, Exercise> Exercises => recovery.Exercises;

    public IActionResult OnGet(string? id)
    {
        if (id is null)
        {
            Guides = book.Guides.OrderBy(g => g.Name, StringComparer.Ordinal).ToList();
            return Page();
        }

        Guide = book.Find(id);
        return Guide is null ? NotFound() : Page();
    }
}
