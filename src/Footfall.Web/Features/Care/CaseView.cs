using Footfall.Assessment;
using Footfall.Care.Consent;
using Footfall.Data.Entities;
using Footfall.Recovery;
using Footfall.Recovery.Questionnaires;
using Footfall.Training;

namespace Footfall.Web.Features.Care;

/// <summary>
/// What a clinician sees of a runner's case on one screen, limited to the parts the runner shared:
/// the latest assessment with its reasons, earlier ones, examinations, training-load signals and
/// shoes, the recovery plan and its position, check-ins with the pain chart, and questionnaire scores
/// with their meaningful-change labels.
/// </summary>
public sealed record CaseView(
    string RunnerId,
    string RunnerName,
    ConsentScope Shared,
    DateTimeOffset? SharedUntil,
    IReadOnlyList<CaseView.AssessmentSummary> Assessments,
    AssessmentResult? Latest,
    IReadOnlyList<Examination> Examinations,
    IReadOnlyList<TrainingSignal> Signals,
    IReadOnlyList<ShoeMileage> Shoes,
    RecoveryPlan? Plan,
    PlanPosition? Position,
    string? PainChartSvg,
    IReadOnlyList<CaseView.CheckInLine> CheckIns,
    IReadOnlyList<CaseView.ScoreLine> Scores,
    IReadOnlyList<PlanChange> PlanChanges)
{
    public sealed record AssessmentSummary(Guid Id, DateTimeOffset At, string Triage, string? TopConditionId, string? TopConditionName);

    public sealed record CheckInLine(DateOnly Date, int? FirstSteps, int? During, int? After, int? NextMorning, string Decision);

    public sealed record ScoreLine(DateOnly Date, string Instrument, string Scale, double? Score, ScoreChange? Change);
}
