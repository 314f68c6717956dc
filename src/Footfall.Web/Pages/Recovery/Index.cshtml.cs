using Footfall.Assessment.Knowledge;
using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Recovery;
using Footfall.Recovery.Questionnaires;
using Footfall.Web.Features.Recovery;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Pages.Recovery;

/// <summary>The runner's recovery plan: start one, see the current stage, its exercises and criteria.</summary>
[Authorize]
public sealed class IndexModel(RecoveryJournal journal, KnowledgeBase assessmentKnowledge, FootfallDbContext db) : PageModel
{
    public RecoveryEnrollment? Enrollment { get; private set; }

    public RecoveryPlan? Plan { get; private set; }

    public PlanPosition Position { get; private set; } = PlanPosition.Start;

    public PhaseReview? Review { get; private set; }

    public SavedAssessment? LatestAssessment { get; private set; }

    /// <summary>What the latest assessment allows: a plan, or only what to do now.</summary>
    public PlanSelection? Suggested { get; private set; }

    /// <summary>When no plan is offered for the condition chosen (emergency or 24-hour triage).</summary>
    public PlanSelection? Refused { get; private set; }

    public IReadOnlyList<(string Id, string Title)> Choices { get; private set; } = [];

    public IReadOnlyList<(Questionnaire Questionnaire, QuestionnaireDue Due)> QuestionnairesDue { get; private set; } = [];

    public CheckInRecord? TodaysCheckIn { get; private set; }

    [BindProperty]
    public EvidenceInput Evidence { get; set; } = new();

    public RecoveryKnowledge Knowledge => journal.Knowledge;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostStartAsync(string conditionId, Guid? assessmentId, CancellationToken cancellationToken)
    {
        var owner = User.RequireId();
        var selection = await journal.SelectAsync(owner, conditionId ?? string.Empty, cancellationToken);
        if (selection is null)
        {
            ModelState.AddModelError("conditionId", "Choose a condition from the list.");
            await LoadAsync(cancellationToken);
            return Page();
        }

        if (!selection.HasPlan)
        {
            Refused = selection;
            await LoadAsync(cancellationToken);
            return Page();
        }

        var assessment = assessmentId is { } id ? await db.Assessments.FindOwnedAsync(id, owner, cancellationToken) : null;
        await journal.StartAsync(owner, conditionId!, assessment?.Id, cancellationToken);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostStopAsync(CancellationToken cancellationToken)
    {
        await journal.StopAsync(User.RequireId(), cancellationToken);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEvidenceAsync(CancellationToken cancellationToken)
    {
        var enrollment = await journal.ActiveAsync(User.RequireId(), cancellationToken);
        if (enrollment is null)
        {
            return RedirectToPage();
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        await journal.SaveEvidenceAsync(enrollment, Evidence.ToDomain(), cancellationToken);
        return RedirectToPage(null, null, "criteria");
    }

    public string ConditionName(string id) => assessmentKnowledge.FindCondition(id)?.Name ?? journal.Knowledge.Plans.GetValueOrDefault(id)?.Title ?? id;

    public Exercise? ExerciseOf(string id) => journal.Knowledge.Exercises.GetValueOrDefault(id);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var owner = User.RequireId();
        Enrollment = await journal.ActiveAsync(owner, cancellationToken);
        LatestAssessment = await journal.LatestAssessmentAsync(owner, cancellationToken);
        Choices = journal.Knowledge.Plans.Values.OrderBy(p => p.Title, StringComparer.Ordinal).Select(p => (p.ConditionId, p.Title)).ToList();
        if (LatestAssessment?.TopConditionId is { } top)
        {
            Suggested = await journal.SelectAsync(owner, top, cancellationToken);
        }

        if (Enrollment is null || (Plan = journal.PlanOf(Enrollment)) is null)
        {
            return;
        }

        Position = RecoveryJournal.PositionOf(Enrollment);
        var evidence = journal.EvidenceOf(Enrollment);
        if (Request.Method == HttpMethods.Get)
        {
            Evidence = EvidenceInput.From(evidence);
        }

        var recent = await journal.CheckInsAsync(owner, journal.Today.AddDays(-14), cancellationToken);
        TodaysCheckIn = recent.FirstOrDefault(c => c.Date == journal.Today);
        var criteria = RecoveryProgress.ExitCriteria(Plan, Position);
        Review = criteria.Count > 0 ? RecoveryProgress.Review(criteria, evidence, recent.Select(c => c.ToDomain()).ToList(), Plan.PainModel) : null;

        var done = await db.Questionnaires.OwnedBy(owner).GroupBy(q => q.Instrument)
            .Select(g => new { Instrument = g.Key, Last = g.Max(q => q.Date) }).ToListAsync(cancellationToken);
        QuestionnairesDue = journal.Knowledge.Questionnaires.Values
            .Select(q => (q, QuestionnaireSchedule.Next(done.FirstOrDefault(d => d.Instrument == q.Id)?.Last, journal.Today)))
            .ToList();
    }
}
