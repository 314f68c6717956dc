using Footfall.Web.Infrastructure;
using System.Text.Json;
using Footfall.Assessment;
using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Recovery;
using Footfall.Recovery.CheckIns;
using Footfall.Recovery.Questionnaires;
using Footfall.Training;
using Footfall.Data.Activities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Recovery;

/// <summary>
/// The reads of a runner's recovery record: the active plan, where they stand in it, their check-ins,
/// test results and questionnaires. Every query is scoped to the owner; "today" is the runner's.
/// The writes are use cases beside it (<see cref="StartPlan"/>, <see cref="StopPlan"/>,
/// <see cref="RecordCheckIn"/>, <see cref="RecordTestResults"/>, <see cref="RecordQuestionnaire"/>,
/// <see cref="AddAppointment"/>, <see cref="CancelAppointment"/>).
/// </summary>
public sealed class RecoveryJournal(FootfallDbContext db, RecoveryKnowledge knowledge, RunnerTime runnerTime)
{
    private static readonly JsonSerializerOptions EvidenceJsonOptions = new(JsonSerializerDefaults.Web);

    public RecoveryKnowledge Knowledge => knowledge;

    /// <summary>Today in the runner's time zone.</summary>
    public DateOnly Today => runnerTime.Today;

    public Task<RecoveryEnrollment?> ActiveAsync(string owner, CancellationToken cancellationToken) =>
        db.RecoveryEnrollments.OwnedBy(owner).Where(e => e.Active).OrderByDescending(e => e.StartedOn).FirstOrDefaultAsync(cancellationToken);

    public Task<SavedAssessment?> LatestAssessmentAsync(string owner, CancellationToken cancellationToken) =>
        db.Assessments.OwnedBy(owner).OrderByDescending(a => a.CreatedAtUtc).FirstOrDefaultAsync(cancellationToken);

    public RecoveryPlan? PlanOf(RecoveryEnrollment enrollment)
    {
        ArgumentNullException.ThrowIfNull(enrollment);
        return knowledge.Plans.GetValueOrDefault(enrollment.ConditionId);
    }

    public static PlanPosition PositionOf(RecoveryEnrollment enrollment)
    {
        ArgumentNullException.ThrowIfNull(enrollment);
        var stage = Enum.IsDefined((PlanStage)enrollment.StageIndex) ? (PlanStage)enrollment.StageIndex : PlanStage.SettlePain;
        return new PlanPosition(stage, stage == PlanStage.ReturnToRun ? Math.Max(1, enrollment.WalkRunDay) : 0);
    }

    /// <summary>The stored test results, with the days spent in the current stage filled in from the clock.</summary>
    public PhaseEvidence EvidenceOf(RecoveryEnrollment enrollment) => EvidenceOf(enrollment, Today);

    /// <summary>The stored test results, with the days spent in the current stage up to <paramref name="today"/>.</summary>
    public static PhaseEvidence EvidenceOf(RecoveryEnrollment enrollment, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(enrollment);
        var stored = string.IsNullOrEmpty(enrollment.EvidenceJson)
            ? PhaseEvidence.None
            : JsonSerializer.Deserialize<PhaseEvidence>(enrollment.EvidenceJson, EvidenceJsonOptions) ?? PhaseEvidence.None;
        return stored with { DaysInPhase = Math.Max(0, today.DayNumber - enrollment.StageStartedOn.DayNumber) };
    }

    /// <summary>The test results as stored: days in phase come from the clock, never from a form.</summary>
    internal static string EvidenceJson(PhaseEvidence evidence) =>
        JsonSerializer.Serialize(evidence with { DaysInPhase = null }, EvidenceJsonOptions);

    /// <summary>
    /// The plan offered for a condition: triage comes from the runner's latest saved assessment of that
    /// condition, so a condition picked by hand cannot get round an emergency or 24-hour result.
    /// </summary>
    public async Task<PlanSelection?> SelectAsync(string owner, string conditionId, CancellationToken cancellationToken)
    {
        if (!knowledge.Plans.ContainsKey(conditionId) && !knowledge.NoPlanReasons.ContainsKey(conditionId))
        {
            return null;
        }

        var latest = await LatestAssessmentAsync(owner, cancellationToken);
        var level = latest is not null && TriageLevels.TryParse(latest.Triage, out var parsed) && parsed <= TriageLevel.Consultation24
            ? parsed
            : TriageLevel.SelfCare;
        if (latest?.TopConditionId == conditionId && TriageLevels.TryParse(latest.Triage, out var own))
        {
            level = own;
        }

        return knowledge.SelectPlan(conditionId, level);
    }

    public Task<CheckInRecord?> CheckInOnAsync(string owner, DateOnly date, CancellationToken cancellationToken) =>
        db.CheckIns.OwnedBy(owner).FirstOrDefaultAsync(c => c.Date == date, cancellationToken);

    public Task<List<CheckInRecord>> CheckInsAsync(string owner, DateOnly from, CancellationToken cancellationToken) =>
        db.CheckIns.OwnedBy(owner).Where(c => c.Date >= from).OrderBy(c => c.Date).ToListAsync(cancellationToken);

    /// <summary>The outcome questionnaires the runner has filled in, oldest first (at most <paramref name="take"/>).</summary>
    public Task<List<QuestionnaireRecord>> QuestionnairesAsync(string owner, int take, CancellationToken cancellationToken) =>
        db.Questionnaires.OwnedBy(owner).AsNoTracking().OrderBy(q => q.Date).Take(take).ToListAsync(cancellationToken);

    /// <summary>When each questionnaire is next due, from the last date the runner filled it in.</summary>
    public async Task<List<(Questionnaire Questionnaire, QuestionnaireDue Due)>> QuestionnairesDueAsync(string owner, CancellationToken cancellationToken)
    {
        var done = await db.Questionnaires.OwnedBy(owner).GroupBy(q => q.Instrument)
            .Select(g => new { Instrument = g.Key, Last = g.Max(q => q.Date) }).ToListAsync(cancellationToken);
        return knowledge.Questionnaires.Values
            .Select(q => (q, QuestionnaireSchedule.Next(done.FirstOrDefault(d => d.Instrument == q.Id)?.Last, Today)))
            .ToList();
    }

    /// <summary>Running km per week (by the Monday it starts on, in the runner's zone) from imported activities since <paramref name="from"/>.</summary>
    public async Task<Dictionary<DateOnly, double>> ImportedRunKmByWeekAsync(string owner, DateOnly from, CancellationToken cancellationToken)
    {
        var range = new LocalDateRange(from, null, runnerTime.Zone);
        var runs = await db.Activities.OwnedBy(owner).Where(a => a.Sport == Footfall.Activities.Sport.Running).StartedWithin(range)
            .Select(a => new { a.StartUtc, a.DistanceMeters }).ToListAsync(cancellationToken);
        return runs.GroupBy(r => CheckInTrend.WeekStart(runnerTime.DayOf(r.StartUtc)))
            .ToDictionary(g => g.Key, g => g.Sum(r => r.DistanceMeters) / 1000);
    }

    /// <summary>The saved assessment with this id if the runner owns it.</summary>
    public Task<SavedAssessment?> AssessmentAsync(string owner, Guid id, CancellationToken cancellationToken) =>
        db.Assessments.OwnedBy(owner).AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
}
