using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Shoes;

/// <summary>
/// <c>/api/v1/shoes</c>: a runner's shoes. Every handler is scoped to the signed-in owner through
/// <see cref="OwnedQueries"/>; someone else's shoe answers 404 exactly like a missing one.
/// </summary>
public static class ShoesApi
{
    public static RouteGroupBuilder MapShoesApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/shoes").WithTags("Shoes").RequireAuthorization();
        group.MapGet("/", ListAsync).WithName("ListShoes");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetShoe");
        group.MapPost("/", CreateAsync).WithName("CreateShoe");
        group.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateShoe");
        group.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteShoe");
        return group;
    }

    public sealed record ShoeDto(Guid Id, string Name, double InitialDistanceKm, DateOnly? StartedOn, DateOnly? RetiredOn);

    public sealed record ShoeRequest(
        [property: Required, StringLength(100, MinimumLength = 1)] string Name,
        [property: Range(0, 10_000)] double InitialDistanceKm = 0,
        DateOnly? StartedOn = null,
        DateOnly? RetiredOn = null);

    private static ShoeDto ToDto(Shoe s) => new(s.Id, s.Name, s.InitialDistanceMeters / 1000, s.StartedOn, s.RetiredOn);

    private static async Task<Ok<List<ShoeDto>>> ListAsync(FootfallDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var shoes = await db.Shoes.OwnedBy(user.RequireId()).OrderBy(s => s.Name).ToListAsync(ct);
        return TypedResults.Ok(shoes.Select(ToDto).ToList());
    }

    private static async Task<Results<Ok<ShoeDto>, NotFound>> GetAsync(Guid id, FootfallDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var shoe = await db.Shoes.FindOwnedAsync(id, user.RequireId(), ct);
        return shoe is null ? TypedResults.NotFound() : TypedResults.Ok(ToDto(shoe));
    }

    private static async Task<Results<Created<ShoeDto>, ValidationProblem>> CreateAsync(
        ShoeRequest request, FootfallDbContext db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        if (Validate(request) is { } problem)
        {
            return problem;
        }

        var shoe = new Shoe
        {
            Id = Guid.NewGuid(),
            OwnerId = user.RequireId(),
            Name = request.Name.Trim(),
            InitialDistanceMeters = request.InitialDistanceKm * 1000,
            StartedOn = request.StartedOn,
            RetiredOn = request.RetiredOn,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Shoes.Add(shoe);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/shoes/{shoe.Id}", ToDto(shoe));
    }

    private static async Task<Results<Ok<ShoeDto>, NotFound, ValidationProblem>> UpdateAsync(
        Guid id, ShoeRequest request, FootfallDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (Validate(request) is { } problem)
        {
            return problem;
        }

        var shoe = await db.Shoes.FindOwnedAsync(id, user.RequireId(), ct);
        if (shoe is null)
        {
            return TypedResults.NotFound();
        }

        shoe.Name = request.Name.Trim();
        shoe.InitialDistanceMeters = request.InitialDistanceKm * 1000;
        shoe.StartedOn = request.StartedOn;
        shoe.RetiredOn = request.RetiredOn;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ToDto(shoe));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, FootfallDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var shoe = await db.Shoes.FindOwnedAsync(id, user.RequireId(), ct);
        if (shoe is null)
        {
            return TypedResults.NotFound();
        }

        db.Shoes.Remove(shoe);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static ValidationProblem? Validate(ShoeRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > 100)
        {
            errors["name"] = ["Give the shoe a name of 1 to 100 characters."];
        }

        if (request.InitialDistanceKm is < 0 or > 10_000 || double.IsNaN(request.InitialDistanceKm))
        {
            errors["initialDistanceKm"] = ["Initial distance must be between 0 and 10,000 km."];
        }

        if (request.StartedOn is { } start && request.RetiredOn is { } end && end < start)
        {
            errors["retiredOn"] = ["A shoe cannot be retired before it was first worn."];
        }

        return errors.Count == 0 ? null : TypedResults.ValidationProblem(errors);
    }
}
