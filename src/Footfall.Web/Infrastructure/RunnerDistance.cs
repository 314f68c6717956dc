using System.Security.Claims;
using Footfall.Training;

namespace Footfall.Web.Infrastructure;

/// <summary>
/// The signed-in runner's distance unit (their account setting, carried as a claim like the time zone;
/// kilometres until they choose), read where a page shows or takes a distance.
/// </summary>
public static class RunnerDistance
{
    public const string ClaimType = "footfall:distance_unit";

    /// <summary>The claim's value for <paramref name="unit"/>: "km" or "mi".</summary>
    public static string Code(DistanceUnit unit) => unit.Abbreviation();

    /// <summary>The unit <paramref name="user"/> chose; kilometres when signed out or not chosen.</summary>
    public static DistanceUnit DistanceUnit(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return DistanceUnitExtensions.FromCode(user.FindFirstValue(ClaimType));
    }
}
