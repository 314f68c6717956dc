using Footfall.Assessment;
using Footfall.Assessment.Knowledge;
using Footfall.Data.Entities;
using Footfall.Web.Features.Care;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Clinician;

/// <summary>An examination note with the engine's ranking before and after the clinician's findings, side by side.</summary>
[Authorize]
public sealed class ExaminationModel(RecordExamination examinations, KnowledgeBase knowledge) : PageModel
{
    public Examination Examination { get; private set; } = null!;

    public AssessmentResult Before { get; private set; } = null!;

    public AssessmentResult After { get; private set; } = null!;

    public string ConditionName(string? id) => id is null ? "not recorded" : knowledge.FindCondition(id)?.Name ?? id;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var found = await examinations.ReadAsync(User.RequireId(), id, ct);
        if (found is null)
        {
            return NotFound();
        }

        (Examination, Before, After) = found.Value;
        return Page();
    }
}
