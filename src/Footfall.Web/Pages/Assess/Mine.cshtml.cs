using Footfall.Assessment;
using Footfall.Assessment.Knowledge;
using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Features.Assessment;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Pages.Assess;

[Authorize]
public sealed class MineModel(FootfallDbContext db, KnowledgeBase knowledge) : PageModel
{
    public IReadOnlyList<SavedAssessment> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await db.Assessments.OwnedBy(User.RequireId()).OrderByDescending(a => a.CreatedAtUtc).Take(100).ToListAsync(cancellationToken);

    public string ConditionName(string? id) => id is null ? "No clear cause" : knowledge.FindCondition(id)?.Name ?? id;

    public string TriageTitle(string id) => TriageLevels.TryParse(id, out var level) ? TriagePresentation.Title(level) : id;
}
