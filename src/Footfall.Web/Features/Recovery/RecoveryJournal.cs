using Footfall.Web.Infrastructure;
using System.Text.Json;
using Footfall.Assessment;
using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Recovery;
using Footfall.Recovery.CheckIns;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Recovery;

/// <summary>
/// A runner's recovery record: the active plan, where they stand in it, their check-ins and test results.
/// Every query is scoped to the owner; the date is the clock's local date.
/// </summary>
public sealed class RecoveryJournal(FootfallDbContext db, RecoveryKnowledge knowledge, TimeProvider time, RunnerTime runnerTime)
{
    /// <summary>Check-ins the daily rules look back over (the pain model needs a few days at most).</summary>
    private const int LookBackDays = 14;

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
    public PhaseEvidence EvidenceOf(RecoveryEnrollment enrollment)
    {
        ArgumentNullException.ThrowIfNull(enrollment);
        var stored = string.IsNullOrEmpty(enrollment.EvidenceJson)
            ? PhaseEvidence.None
            : JsonSerializer.Deserialize<PhaseEvidence>(enrollment.EvidenceJson, EvidenceJsonOptions) ?? PhaseEvidence.None;
        return stored with { DaysInPhase = Math.Max(0, Today.DayNumber - enrollment.StageStartedOn.DayNumber) };
    }

    public async Task SaveEvidenceAsync(RecoveryEnrollment enrollment, PhaseEvidence evidence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(enrollment);
        ArgumentNullException.ThrowIfNull(evidence);

        // Days in phase come from the clock, never from the form.
        enrollment.EvidenceJson = JsonSerializer.Serialize(evidence with { DaysInPhase = null }, EvidenceJsonOptions);
        await db.SaveChangesAsync(cancellationToken);
    }

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

    /// <summary>
    /// Makes a new plan the runner's one active plan. The database allows one active plan per runner
    /// (a filtered unique index); when a racing start wins, this one retries and replaces it.
    /// </summary>
    public async Task<RecoveryEnrollment> StartAsync(string owner, string conditionId, Guid? assessmentId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var enrollment = new RecoveryEnrollment
            {
                Id = Guid.NewGuid(),
                OwnerId = owner,
                ConditionId = conditionId,
                AssessmentId = assessmentId,
                StartedOn = Today,
                StageIndex = (int)PlanStage.SettlePain,
                StageStartedOn = Today,
                Active = true,
            };
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.RecoveryEnrollments.OwnedBy(owner).Where(e => e.Active)
                .ExecuteUpdateAsync(u => u.SetProperty(e => e.Active, false), cancellationToken);
            db.RecoveryEnrollments.Add(enrollment);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return enrollment;
            }
            catch (DbUpdateException) when (attempt < 10)
            {
                db.Entry(enrollment).State = EntityState.Detached;
                await transaction.RollbackAsync(cancellationToken);
            }
        }
    }

    public async Task StopAsync(string owner, CancellationToken cancellationToken)
    {
        foreach (var old in await db.RecoveryEnrollments.OwnedBy(owner).Where(e => e.Active).ToListAsync(cancellationToken))
        {
            old.Active = false;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<CheckInRecord?> CheckInOnAsync(string owner, DateOnly date, CancellationToken cancellationToken) =>
        db.CheckIns.OwnedBy(owner).FirstOrDefaultAsync(c => c.Date == date, cancellationToken);

    public Task<List<CheckInRecord>> CheckInsAsync(string owner, DateOnly from, CancellationToken cancellationToken) =>
        db.CheckIns.OwnedBy(owner).Where(c => c.Date >= from).OrderBy(c => c.Date).ToListAsync(cancellationToken);

    /// <summary>
    /// Saves a day's check-in (replacing that day's earlier one) and applies it to the plan. An edit of the
    /// latest day is applied again from where the runner stood before it, so saving twice never moves twice;
    /// a check-in for a day before the latest is kept but leaves the plan where it is.
    /// </summary>
    public async Task<PlanStep> RecordAsync(string owner, RecoveryEnrollment enrollment, RecoveryPlan plan, DailyCheckIn checkIn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(enrollment);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(checkIn);
        var from = checkIn.Date.AddDays(-LookBackDays);
        var rows = await db.CheckIns.OwnedBy(owner).Where(c => c.Date >= from).ToListAsync(cancellationToken);
        var existing = rows.FirstOrDefault(r => r.Date == checkIn.Date);
        var isLatest = !await db.CheckIns.OwnedBy(owner).AnyAsync(c => c.Date > checkIn.Date, cancellationToken);

        var history = rows.Where(r => r.Date < checkIn.Date).Select(r => r.ToDomain()).Append(checkIn).OrderBy(c => c.Date).ToList();
        var before = existing?.StageBefore is { } stage && isLatest
            ? new PlanPosition((PlanStage)stage, existing.WalkRunDayBefore ?? 0)
            : PositionOf(enrollment);
        var step = RecoveryProgress.Next(plan, before, history, EvidenceOf(enrollment));

        var record = existing ?? new CheckInRecord
        {
            Id = Guid.NewGuid(),
            OwnerId = owner,
            Decision = string.Empty,
            DecisionRule = string.Empty,
            DecisionReason = string.Empty,
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        };
        record.CopyAnswers(checkIn);
        record.Decision = step.Advice.Decision.ToString();
        record.DecisionRule = step.Advice.RuleId;
        record.DecisionReason = step.Advice.Reason.Length > 1000 ? step.Advice.Reason[..1000] : step.Advice.Reason;
        if (existing is null)
        {
            db.CheckIns.Add(record);
        }

        if (isLatest)
        {
            record.StageBefore = (int)before.Stage;
            record.WalkRunDayBefore = before.WalkRunDay;
            record.StageAfter = (int)step.Position.Stage;
            record.WalkRunDayAfter = step.Position.WalkRunDay;
            if (step.Position.Stage != PositionOf(enrollment).Stage)
            {
                enrollment.StageStartedOn = checkIn.Date;
            }

            enrollment.StageIndex = (int)step.Position.Stage;
            enrollment.WalkRunDay = step.Position.WalkRunDay;
        }

        await db.SaveChangesAsync(cancellationToken);
        return step;
    }
}
