using Footfall.Assessment;
using Footfall.Assessment.Knowledge;
using Footfall.Data.Entities;
using Footfall.Web.Features;
using Footfall.Web.Features.Assessment;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Assess;

/// <summary>A saved assessment, shown as its case assesses with the current knowledge base.</summary>
[Authorize]
public sealed class ViewModel(SavedAssessments assessments, KnowledgeBase knowledge, AssessmentEngine engine) : PageModel
{
    public SavedAssessment? Saved { get; private set; }

    public AssessmentResult? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Saved = await assessments.FindAsync(Runner.Of(User), id, cancellationToken);
        if (Saved is null)
        {
            return NotFound();
        }

        Result = engine.Assess(CaseJson.Parse(Saved.CaseJson, knowledge));
        return Page();
    }
}
