using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Footfall.Data.Entities;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Footfall.Web.Features.Shoes;

/// <summary>
/// <c>/api/v1/shoes</c>: a runner's shoes. Every handler goes through the same use cases as the shoes
/// page (<see cref="SaveShoe"/>, <see cref="RetireShoe"/>, <see cref="AssignRuns"/>, <see cref="RemoveShoe"/>),
/// so both answer alike; someone else's shoe answers 404 exactly like a missing one.
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
        group.MapPost("/{id:guid}/retire", RetireAsync).WithName("RetireShoe");
        group.MapPost("/{id:guid}/runs", AssignRunsAsync).WithName("AssignRunsToShoe");
        return group;
    }

    public sealed record ShoeDto(Guid Id, string Name, double InitialDistanceKm, DateOnly? StartedOn, DateOnly? RetiredOn);

    /// <summary>A shoe as sent; the limits are <see cref="SaveShoe"/>'s, which checks them.</summary>
    public sealed record ShoeRequest(
        [property: Required, StringLength(SaveShoe.MaxNameLength, MinimumLength = 1)] string Name,
        [property: Range(0, SaveShoe.MaxInitialDistanceKm)] double InitialDistanceKm = 0,
        DateOnly? StartedOn = null,
        DateOnly? RetiredOn = null);

    /// <summary>Retire (true, today in the runner's zone) or put back in use (false).</summary>
    public sealed record Retirement(bool Retire = true);

    /// <summary>The local days whose runs without a shoe go to this one (inclusive, either open).</summary>
    public sealed record RunRange(DateOnly? From = null, DateOnly? To = null);

    public sealed record AssignedRuns(int Runs);

    private static ShoeDto ToDto(Shoe s) => new(s.Id, s.Name, s.InitialDistanceMeters / 1000, s.StartedOn, s.RetiredOn);

    private static async Task<Ok<List<ShoeDto>>> ListAsync(ShoeList shoes, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok((await shoes.AllAsync(Runner.Of(user), ct)).Select(ToDto).ToList());

    private static async Task<Results<Ok<ShoeDto>, NotFound>> GetAsync(Guid id, ShoeList shoes, ClaimsPrincipal user, CancellationToken ct) =>
        await shoes.FindAsync(Runner.Of(user), id, ct) is { } shoe ? TypedResults.Ok(ToDto(shoe)) : TypedResults.NotFound();

    private static async Task<Results<Created<ShoeDto>, ValidationProblem>> CreateAsync(
        ShoeRequest request, SaveShoe.Handler save, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await save.HandleAsync(Runner.Of(user), new(null, request.Name, request.InitialDistanceKm, request.StartedOn, request.RetiredOn), ct);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/v1/shoes/{outcome.Value!.Id}", ToDto(outcome.Value))
            : outcome.ToValidationProblem();
    }

    private static async Task<Results<Ok<ShoeDto>, NotFound, ValidationProblem>> UpdateAsync(
        Guid id, ShoeRequest request, SaveShoe.Handler save, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await save.HandleAsync(Runner.Of(user), new(id, request.Name, request.InitialDistanceKm, request.StartedOn, request.RetiredOn), ct);
        return outcome switch
        {
            { IsNotFound: true } => TypedResults.NotFound(),
            { Succeeded: true } => TypedResults.Ok(ToDto(outcome.Value!)),
            _ => outcome.ToValidationProblem(),
        };
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, RemoveShoe.Handler remove, ClaimsPrincipal user, CancellationToken ct) =>
        (await remove.HandleAsync(Runner.Of(user), new(id), ct)).IsNotFound ? TypedResults.NotFound() : TypedResults.NoContent();

    private static async Task<Results<Ok<ShoeDto>, NotFound>> RetireAsync(
        Guid id, Retirement request, RetireShoe.Handler retire, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await retire.HandleAsync(Runner.Of(user), new(id, request.Retire), ct);
        return outcome.IsNotFound ? TypedResults.NotFound() : TypedResults.Ok(ToDto(outcome.Value!));
    }

    private static async Task<Results<Ok<AssignedRuns>, NotFound, ValidationProblem>> AssignRunsAsync(
        Guid id, RunRange request, AssignRuns.Handler assign, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await assign.HandleAsync(Runner.Of(user), new(id, request.From, request.To), ct);
        return outcome switch
        {
            { IsNotFound: true } => TypedResults.NotFound(),
            { Succeeded: true } => TypedResults.Ok(new AssignedRuns(outcome.Value!.Runs)),
            _ => outcome.ToValidationProblem(),
        };
    }
}
