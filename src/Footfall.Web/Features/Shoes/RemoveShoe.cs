using Footfall.Data;
using Footfall.Data.Entities;

namespace Footfall.Web.Features.Shoes;

/// <summary>Deletes a pair the runner owns; its runs keep their distance and lose the link: <c>DELETE /api/v1/shoes/{id}</c>.</summary>
public static class RemoveShoe
{
    public sealed record Request(Guid ShoeId);

    public sealed class Handler(FootfallDbContext db)
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

            db.Shoes.Remove(shoe);
            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Done(shoe);
        }
    }
}
