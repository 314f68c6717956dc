namespace Footfall.Web.Infrastructure;

/// <summary>
/// <c>GET /healthz</c>: 200 when the database answers, 503 when it does not. The database is asked at
/// most once a second however often this is polled (<see cref="DatabaseHealth"/>).
/// </summary>
public static class HealthEndpoint
{
    private static readonly HealthReport Healthy = new("healthy", "reachable");
    private static readonly HealthReport Unhealthy = new("unhealthy", "unreachable");

    public static IEndpointRouteBuilder MapHealthEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", CheckAsync).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> CheckAsync(DatabaseHealth database) =>
        await database.IsReachableAsync()
            ? TypedResults.Ok(Healthy)
            : TypedResults.Json(Unhealthy, statusCode: StatusCodes.Status503ServiceUnavailable);

    public sealed record HealthReport(string Status, string Database);
}
