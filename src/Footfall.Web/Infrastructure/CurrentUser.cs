using System.Security.Claims;

namespace Footfall.Web.Infrastructure;

/// <summary>The signed-in account's id, the key every owned query is scoped by.</summary>
public static class CurrentUser
{
    /// <summary>The user id of a signed-in principal; throws if the endpoint forgot to require sign-in.</summary>
    public static string RequireId(this ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return principal.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("This endpoint must require an authenticated user.");
    }
}
