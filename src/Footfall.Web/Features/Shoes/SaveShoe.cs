using Footfall.Data;
using Footfall.Data.Entities;

namespace Footfall.Web.Features.Shoes;

/// <summary>Adds a pair of shoes (no id) or changes one the runner owns: the shoes page and <c>/api/v1/shoes</c>.</summary>
public static class SaveShoe
{
    public const int MaxNameLength = 100;

    public const double MaxInitialDistanceKm = 10_000;

    /// <param name="Id">The shoe to change; null adds a new one.</param>
    /// <param name="Name">What the runner calls the pair, 1 to 100 characters after trimming.</param>
    /// <param name="InitialDistanceKm">Distance already on the shoe before Footfall tracked it, 0 to 10,000 km.</param>
    /// <param name="StartedOn">When it was first worn, if known.</param>
    /// <param name="RetiredOn">When it was retired; null while in use.</param>
    public sealed record Request(Guid? Id, string? Name, double InitialDistanceKm = 0, DateOnly? StartedOn = null, DateOnly? RetiredOn = null);

    public sealed class Handler(FootfallDbContext db, TimeProvider clock)
    {
        public async Task<Outcome<Shoe>> HandleAsync(Runner runner, Request request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(runner);
            ArgumentNullException.ThrowIfNull(request);
            var errors = Validate(request);
            if (errors.Count > 0)
            {
                return Outcome.Refused<Shoe>(errors);
            }

            Shoe? shoe;
            if (request.Id is { } id)
            {
                shoe = await db.Shoes.FindOwnedAsync(id, runner.Id, cancellationToken);
                if (shoe is null)
                {
                    return Outcome.NotFound<Shoe>();
                }
            }
            else
            {
                shoe = new Shoe { Id = Guid.NewGuid(), OwnerId = runner.Id, Name = string.Empty, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
                db.Shoes.Add(shoe);
            }

            shoe.Name = request.Name!.Trim();
            shoe.InitialDistanceMeters = request.InitialDistanceKm * 1000;
            shoe.StartedOn = request.StartedOn;
            shoe.RetiredOn = request.RetiredOn;
            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Done(shoe);
        }
    }

    private static FieldErrors Validate(Request request)
    {
        var errors = new FieldErrors();
        var name = request.Name?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            errors.Add(nameof(Request.Name), "Give the shoe a name.");
        }
        else if (name.Length > MaxNameLength)
        {
            errors.Add(nameof(Request.Name), $"Keep the name to {MaxNameLength} characters (it has {name.Length}).");
        }

        if (double.IsNaN(request.InitialDistanceKm) || request.InitialDistanceKm is < 0 or > MaxInitialDistanceKm)
        {
            errors.Add(nameof(Request.InitialDistanceKm), "Distance already run must be between 0 and 10,000 km.");
        }

        if (request.StartedOn is { } start && request.RetiredOn is { } end && end < start)
        {
            errors.Add(nameof(Request.RetiredOn), "A shoe cannot be retired before it was first worn.");
        }

        return errors;
    }
}
