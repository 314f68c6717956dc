using Footfall.Assessment.Knowledge;
using Footfall.Data.Entities;
using Footfall.Recovery;
using Footfall.Recovery.Questionnaires;
using Footfall.Web.Features;
using Footfall.Web.Features.Recovery;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Recovery;

/// <summary>The runner's recovery plan: start one, see the current stage, its exercises and criteria.</summary>
[Authorize]
public sealed class IndexModel(
    RecoveryJournal journal, KnowledgeBase assessmentKnowledge, StartPlan.Handler startPlan, StopPlan.Handler stopPlan, RecordTestResults.Handler recordTestResults)
    : PageModel
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

    /// <summary>What the last action did ("Your plan is stopped ..."), shown once after the redirect.</summary>
    [TempData]
    public string? Status { get; set; }

    public RecoveryKnowledge Knowledge => journal.Knowledge;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostStartAsync(string conditionId, Guid? assessmentId, CancellationToken cancellationToken)
    {
        var outcome = await startPlan.HandleAsync(Runner.Of(User), new StartPlan.Request(conditionId, assessmentId), cancellationToken);
        if (!outcome.Succeeded)
        {
            ModelState.AddFieldErrors(outcome, prefix: string.Empty);
            await LoadAsync(cancellationToken);
            return Page();
        }

        if (outcome.Value!.Enrollment is null)
        {
            Refused = outcome.Value.Selection;
            await LoadAsync(cancellationToken);
            return Page();
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostStopAsync(CancellationToken cancellationToken)
    {
        await stopPlan.HandleAsync(Runner.Of(User), new StopPlan.Request(), cancellationToken);
        Status = "Your plan is stopped. Your check-ins and questionnaires are kept; start a plan again whenever you are ready.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEvidenceAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            if (await journal.ActiveAsync(User.RequireId(), cancellationToken) is null)
            {
                return RedirectToPage();
            }

            await LoadAsync(cancellationToken);
            return Page();
        }

        var outcome = await recordTestResults.HandleAsync(Runner.Of(User), new RecordTestResults.Request(Evidence.ToDomain()), cancellationToken);
        return outcome.IsNotFound ? RedirectToPage() : RedirectToPage(null, null, "criteria");
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

        QuestionnairesDue = await journal.QuestionnairesDueAsync(owner, cancellationToken);
    }
}
