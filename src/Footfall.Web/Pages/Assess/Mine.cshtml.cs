using Footfall.Assessment;
using Footfall.Assessment.Knowledge;
using Footfall.Data.Entities;
using Footfall.Web.Features.Assessment;
using Footfall.Web.Features;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Assess;

[Authorize]
public sealed class MineModel(SavedAssessments assessments, KnowledgeBase knowledge) : PageModel
{
    public IReadOnlyList<SavedAssessment> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await assessments.NewestAsync(Runner.Of(User), cancellationToken);

    public string ConditionName(string? id) => id is null ? "No clear cause" : knowledge.FindCondition(id)?.Name ?? id;

    public string TriageTitle(string id) => TriageLevels.TryParse(id, out var level) ? TriagePresentation.Title(level) : id;
}
