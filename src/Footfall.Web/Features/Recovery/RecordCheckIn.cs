using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Recovery;
using Footfall.Recovery.CheckIns;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Recovery;

/// <summary>
/// Saves a day's check-in (replacing that day's earlier one) and applies it to the active plan: the
/// check-in page. An edit of the latest day is applied again from where the runner stood before it, so
/// saving twice never moves twice; a check-in for a day before the latest is kept but leaves the plan
/// where it is.
/// </summary>
public static class RecordCheckIn
{
    /// <summary>How far back a check-in may be filled in or corrected, days.</summary>
    public const int MaxDaysBack = 7;

    /// <summary>Check-ins the daily rules look back over (the pain model needs a few days at most).</summary>
    private const int LookBackDays = 14;

    public sealed record Request(DailyCheckIn CheckIn);

    public sealed class Handler(FootfallDbContext db, RecoveryKnowledge knowledge, TimeProvider clock)
    {
        /// <summary>Not found when the runner has no active plan.</summary>
        public async Task<Outcome<PlanStep>> HandleAsync(Runner runner, Request request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(runner);
            ArgumentNullException.ThrowIfNull(request);
            var checkIn = request.CheckIn;
            var owner = runner.Id;
            var enrollment = await db.RecoveryEnrollments.OwnedBy(owner).Where(e => e.Active)
                .OrderByDescending(e => e.StartedOn).FirstOrDefaultAsync(cancellationToken);
            if (enrollment is null || knowledge.Plans.GetValueOrDefault(enrollment.ConditionId) is not { } plan)
            {
                return Outcome.NotFound<PlanStep>();
            }

            var today = runner.Today(clock);
            var errors = new FieldErrors();
            if (checkIn.Date > today || checkIn.Date < today.AddDays(-MaxDaysBack))
            {
                errors.Add(nameof(DailyCheckIn.Date), $"Date must be today or one of the last {MaxDaysBack} days.");
            }

            foreach (var error in checkIn.Validate())
            {
                errors.Add(string.Empty, error);
            }

            if (errors.Count > 0)
            {
                return Outcome.Refused<PlanStep>(errors);
            }

            var from = checkIn.Date.AddDays(-LookBackDays);
            var rows = await db.CheckIns.OwnedBy(owner).Where(c => c.Date >= from).ToListAsync(cancellationToken);
            var existing = rows.FirstOrDefault(r => r.Date == checkIn.Date);
            var isLatest = !await db.CheckIns.OwnedBy(owner).AnyAsync(c => c.Date > checkIn.Date, cancellationToken);

            var history = rows.Where(r => r.Date < checkIn.Date).Select(r => r.ToDomain()).Append(checkIn).OrderBy(c => c.Date).ToList();
            var before = existing?.StageBefore is { } stage && isLatest
                ? new PlanPosition((PlanStage)stage, existing.WalkRunDayBefore ?? 0)
                : RecoveryJournal.PositionOf(enrollment);
            var step = RecoveryProgress.Next(plan, before, history, RecoveryJournal.EvidenceOf(enrollment, today));

            var record = existing ?? new CheckInRecord
            {
                Id = Guid.NewGuid(),
                OwnerId = owner,
                Decision = string.Empty,
                DecisionRule = string.Empty,
                DecisionReason = string.Empty,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
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
                if (step.Position.Stage != RecoveryJournal.PositionOf(enrollment).Stage)
                {
                    enrollment.StageStartedOn = checkIn.Date;
                }

                enrollment.StageIndex = (int)step.Position.Stage;
                enrollment.WalkRunDay = step.Position.WalkRunDay;
            }

            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Done(step);
        }
    }
}
