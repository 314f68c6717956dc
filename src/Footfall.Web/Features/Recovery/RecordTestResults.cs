using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Recovery;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Recovery;

/// <summary>Stores the runner's latest test results for the active plan's criteria: the recovery page.</summary>
public static class RecordTestResults
{
    /// <param name="Evidence">The results; days in phase are ignored (they come from the clock).</param>
    public sealed record Request(PhaseEvidence Evidence);

    public sealed class Handler(FootfallDbContext db)
    {
        /// <summary>Not found when the runner has no active plan.</summary>
        public async Task<Outcome<RecoveryEnrollment>> HandleAsync(Runner runner, Request request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(runner);
            ArgumentNullException.ThrowIfNull(request);
            var enrollment = await db.RecoveryEnrollments.OwnedBy(runner.Id).Where(e => e.Active)
                .OrderByDescending(e => e.StartedOn).FirstOrDefaultAsync(cancellationToken);
            if (enrollment is null)
            {
                return Outcome.NotFound<RecoveryEnrollment>();
            }

            enrollment.EvidenceJson = RecoveryJournal.EvidenceJson(request.Evidence);
            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Done(enrollment);
        }
    }
}
