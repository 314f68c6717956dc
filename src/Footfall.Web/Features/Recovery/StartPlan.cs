using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Recovery;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Recovery;

/// <summary>
/// Starts the recovery plan for a condition (ending any active one), unless the runner's latest
/// assessment says no plan is safe for it yet: the recovery page.
/// </summary>
public static class StartPlan
{
    /// <param name="ConditionId">A condition with a plan, or with a reason why none is offered.</param>
    /// <param name="AssessmentId">The runner's saved assessment that led here, if any; someone else's is ignored.</param>
    public sealed record Request(string? ConditionId, Guid? AssessmentId = null);

    /// <param name="Selection">What the knowledge offers for the condition at the runner's triage.</param>
    /// <param name="Enrollment">The plan started; null when <paramref name="Selection"/> offers none.</param>
    public sealed record Result(PlanSelection Selection, RecoveryEnrollment? Enrollment);

    public sealed class Handler(FootfallDbContext db, RecoveryJournal journal, TimeProvider clock)
    {
        public async Task<Outcome<Result>> HandleAsync(Runner runner, Request request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(runner);
            ArgumentNullException.ThrowIfNull(request);
            var selection = await journal.SelectAsync(runner.Id, request.ConditionId ?? string.Empty, cancellationToken);
            if (selection is null)
            {
                var errors = new FieldErrors();
                errors.Add(nameof(Request.ConditionId), "Choose a condition from the list.");
                return Outcome.Refused<Result>(errors);
            }

            if (!selection.HasPlan)
            {
                return Outcome.Done(new Result(selection, null));
            }

            var assessment = request.AssessmentId is { } id ? await db.Assessments.FindOwnedAsync(id, runner.Id, cancellationToken) : null;
            var today = runner.Today(clock);

            // The database allows one active plan per runner (a filtered unique index); when a racing
            // start wins, this one retries and replaces it.
            for (var attempt = 1; ; attempt++)
            {
                var enrollment = new RecoveryEnrollment
                {
                    Id = Guid.NewGuid(),
                    OwnerId = runner.Id,
                    ConditionId = request.ConditionId!,
                    AssessmentId = assessment?.Id,
                    StartedOn = today,
                    StageIndex = (int)PlanStage.SettlePain,
                    StageStartedOn = today,
                    Active = true,
                };
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await db.RecoveryEnrollments.OwnedBy(runner.Id).Where(e => e.Active)
                    .ExecuteUpdateAsync(u => u.SetProperty(e => e.Active, false), cancellationToken);
                db.RecoveryEnrollments.Add(enrollment);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    return Outcome.Done(new Result(selection, enrollment));
                }
                catch (DbUpdateException) when (attempt < 10)
                {
                    db.Entry(enrollment).State = EntityState.Detached;
                    await transaction.RollbackAsync(cancellationToken);
                }
            }
        }
    }

    /// <summary>Marks every active plan of the runner ended (saved by the caller).</summary>
    internal static async Task EndActiveAsync(FootfallDbContext db, Runner runner, CancellationToken cancellationToken)
    {
        foreach (var old in await db.RecoveryEnrollments.OwnedBy(runner.Id).Where(e => e.Active).ToListAsync(cancellationToken))
        {
            old.Active = false;
        }
    }
}
