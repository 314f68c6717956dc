using Footfall.Data;

namespace Footfall.Web.Infrastructure;

/// <summary><c>GET /healthz</c>: 200 when the database answers, 503 when it does not.</summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealthEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", CheckAsync).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> CheckAsync(FootfallDbContext db, CancellationToken cancellationToken)
    {
        bool ok;
        try
        {
            ok = await db.Database.CanConnectAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            ok = false;
        }

        return ok
            ? TypedResults.Ok(new HealthReport("healthy", "reachable"))
            : TypedResults.Json(new HealthReport("unhealthy", "unreachable"), statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    public sealed record HealthReport(string Status, string Database);
}
