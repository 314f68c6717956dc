using Footfall.Care.Consent;
using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Recovery;
using Footfall.Training;
using Footfall.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Care;

/// <summary>
/// A clinician changes a runner's recovery plan: which plan (condition), which stage, the exercises and
/// dosage, and why. Needs the runner's consent to their recovery record. Every change is kept with who
/// made it and when, and the runner sees it.
/// </summary>
public sealed class AdjustPlan(FootfallDbContext db, CaseFile caseFile, CareAccess access, RecoveryKnowledge recovery, TimeProvider clock)
{
    /// <param name="ConditionId">The plan to follow (a condition with a plan); null keeps the current one.</param>
    /// <param name="Stage">The stage to be in, 1 to 5; null keeps the current one.</param>
    /// <param name="Exercises">Exercises and dosage as the clinician writes them.</param>
    /// <param name="Reason">Why, in words the runner will read.</param>
    public sealed record Request(string? ConditionId, int? Stage, string? Exercises, string? Reason);

    public async Task<Outcome<PlanChange>> RunAsync(string actorId, string runnerId, Request request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var allowed = await caseFile.AccessAsync(actorId, runnerId, ct);
        if (allowed is null || !allowed.Value.Scopes.HasFlag(ConsentScope.Recovery))
        {
            return Outcome<PlanChange>.NotFound();
        }

        var errors = new FieldErrors();
        var conditionId = string.IsNullOrWhiteSpace(request.ConditionId) ? null : request.ConditionId.Trim();
        if (conditionId is not null && !recovery.Plans.ContainsKey(conditionId))
        {
            errors.Add("conditionId", $"There is no recovery plan for '{conditionId}'.");
        }

        if (request.Stage is { } s && !Enum.IsDefined((PlanStage)s))
        {
            errors.Add("stage", "The stage is 1 (settle pain) to 5 (completed).");
        }

        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 2000)
        {
            errors.Add("reason", "Say why you are changing the plan (up to 2,000 characters); the runner reads it.");
        }

        if (request.Exercises?.Length > 2000)
        {
            errors.Add("exercises", "Keep exercises and dosage to 2,000 characters.");
        }

        var enrollment = await db.RecoveryEnrollments.OwnedBy(runnerId).Where(e => e.Active).OrderByDescending(e => e.StartedOn).FirstOrDefaultAsync(ct);
        if (enrollment is null && conditionId is null && errors.Count == 0)
        {
            errors.Add("conditionId", "The runner has no plan yet; choose the plan to start them on.");
        }

        if (errors.Count > 0)
        {
            return Outcome<PlanChange>.Invalid(errors);
        }

        var runner = await db.Users.SingleAsync(u => u.Id == runnerId, ct);
        var today = TrainingHistory.LocalDate(clock.GetUtcNow(), RunnerTime.FromId(runner.TimeZoneId));
        var change = new PlanChange
        {
            Id = Guid.NewGuid(),
            OwnerId = runnerId,
            ChangedById = actorId,
            ChangedByName = allowed.Value.Practitioner.DisplayName,
            AtUtc = clock.GetUtcNow().UtcDateTime,
            FromConditionId = enrollment?.ConditionId,
            FromStage = enrollment?.StageIndex,
            Exercises = string.IsNullOrWhiteSpace(request.Exercises) ? null : request.Exercises.Trim(),
            Reason = request.Reason!.Trim(),
        };
        if (conditionId is not null && conditionId != enrollment?.ConditionId)
        {
            if (enrollment is not null)
            {
                enrollment.Active = false;
            }

            enrollment = new RecoveryEnrollment
            {
                Id = Guid.NewGuid(),
                OwnerId = runnerId,
                ConditionId = conditionId,
                StartedOn = today,
                StageIndex = request.Stage ?? (int)PlanStage.SettlePain,
                StageStartedOn = today,
                Active = true,
            };
            db.RecoveryEnrollments.Add(enrollment);
        }
        else if (request.Stage is { } stage && enrollment!.StageIndex != stage)
        {
            enrollment.StageIndex = stage;
            enrollment.StageStartedOn = today;
            enrollment.WalkRunDay = stage == (int)PlanStage.ReturnToRun ? 1 : 0;
        }

        change.ToConditionId = enrollment!.ConditionId;
        change.ToStage = enrollment.StageIndex;
        db.PlanChanges.Add(change);
        access.Audit(actorId, runnerId, "change", "RecoveryPlan", change.Id.ToString());
        await db.SaveChangesAsync(ct);
        return Outcome<PlanChange>.Done(change);
    }
}
