using Footfall.Data;

namespace Footfall.Web.Features.Recovery;

/// <summary>Ends the runner's active recovery plan; its check-ins are kept: the recovery page.</summary>
public static class StopPlan
{
    public sealed record Request;

    public sealed class Handler(FootfallDbContext db)
    {
        public async Task<Outcome<Request>> HandleAsync(Runner runner, Request request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(runner);
            ArgumentNullException.ThrowIfNull(request);
            await StartPlan.EndActiveAsync(db, runner, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Done(request);
        }
    }
}
