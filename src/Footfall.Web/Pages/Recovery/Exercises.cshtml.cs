using Footfall.Recovery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Recovery;

/// <summary>The exercise library, and one exercise with its steps, dosage and illustration. Open to everyone.</summary>
[AllowAnonymous]
public sealed class ExercisesModel(RecoveryKnowledge knowledge) : PageModel
{
    public IReadOnlyList<Exercise> All { get; private set; } = [];

    public Exercise? Exercise { get; private set; }

    /// <summary>Plans and phases that prescribe this exercise, with their dosage.</summary>
    public IReadOnlyList<(RecoveryPlan Plan, RecoveryPhase Phase, string Dosage)> UsedIn { get; private set; } = [];

    public IActionResult OnGet(string? id)
    {
        All = knowledge.Exercises.Values.OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        if (id is null)
        {
            return Page();
        }

        Exercise = knowledge.Exercises.GetValueOrDefault(id);
        if (Exercise is null)
        {
            return NotFound();
        }

        UsedIn = knowledge.Plans.Values.OrderBy(p => p.Title, StringComparer.Ordinal)
            .SelectMany(p => p.Phases.SelectMany(ph => ph.Exercises.Where(d => d.ExerciseId == id).Select(d => (p, ph, d.Dosage))))
            .ToList();
        return Page();
    }
}
