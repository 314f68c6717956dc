using Footfall.Activities;
using Footfall.Data;
using Footfall.Data.Activities;
using Footfall.Training;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Shoes;

/// <summary>
/// Gives a pair the runner's runs that have no shoe yet, between two local days (inclusive, either
/// open): the shoes page and <c>POST /api/v1/shoes/{id}/runs</c>.
/// </summary>
public static class AssignRuns
{
    /// <param name="ShoeId">A shoe the runner owns.</param>
    /// <param name="From">The first local day, or null for every earlier run.</param>
    /// <param name="To">The last local day, or null for every later run.</param>
    public sealed record Request(Guid ShoeId, DateOnly? From = null, DateOnly? To = null);

    /// <param name="ShoeName">The shoe's name, for the confirmation.</param>
    /// <param name="Runs">How many runs were assigned.</param>
    public sealed record Result(string ShoeName, int Runs);

    public sealed class Handler(FootfallDbContext db)
    {
        public async Task<Outcome<Result>> HandleAsync(Runner runner, Request request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(runner);
            ArgumentNullException.ThrowIfNull(request);
            var shoe = await db.Shoes.FindOwnedAsync(request.ShoeId, runner.Id, cancellationToken);
            if (shoe is null)
            {
                return Outcome.NotFound<Result>();
            }

            if (request.From is { } from && request.To is { } to && to < from)
            {
                var errors = new FieldErrors();
                errors.Add(nameof(Request.To), "The last day must be on or after the first day.");
                return Outcome.Refused<Result>(errors);
            }

            var range = new LocalDateRange(request.From, request.To, runner.Zone);
            var unassigned = await db.Activities.OwnedBy(runner.Id).Where(a => a.ShoeId == null).StartedWithin(range).ToListAsync(cancellationToken);
            var runs = unassigned.Where(a => a.Sport.IsRunning()).ToList();
            foreach (var run in runs)
            {
                run.ShoeId = shoe.Id;
            }

            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Done(new Result(shoe.Name, runs.Count));
        }
    }
}
