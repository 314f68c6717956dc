using Footfall.Data;
using Footfall.Data.Entities;

namespace Footfall.Web.Features.Shoes;

/// <summary>Retires a pair today (in the runner's zone), or puts it back in use: the shoes page and <c>POST /api/v1/shoes/{id}/retire</c>.</summary>
public static class RetireShoe
{
    /// <param name="ShoeId">A shoe the runner owns.</param>
    /// <param name="Retire">True retires it today; false puts it back in use.</param>
    public sealed record Request(Guid ShoeId, bool Retire = true);

    public sealed class Handler(FootfallDbContext db, TimeProvider clock)
    {
        public async Task<Outcome<Shoe>> HandleAsync(Runner runner, Request request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(runner);
            ArgumentNullException.ThrowIfNull(request);
            var shoe = await db.Shoes.FindOwnedAsync(request.ShoeId, runner.Id, cancellationToken);
            if (shoe is null)
            {
                return Outcome.NotFound<Shoe>();
            }

            shoe.RetiredOn = request.Retire ? runner.Today(clock) : null;
            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Done(shoe);
        }
    }
}
