using System.Security.Claims;
using Footfall.Training;
using Footfall.Web.Infrastructure;

namespace Footfall.Web.Features;

/// <summary>
/// The runner a use case acts for: their account id (what every owned query is scoped by) and their
/// time zone (what check-in days, training weeks and date ranges count in).
/// </summary>
public sealed record Runner(string Id, TimeZoneInfo Zone)
{
    /// <summary>The signed-in runner of a request.</summary>
    public static Runner Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(user.RequireId(), RunnerTime.FromId(user.FindFirstValue(RunnerTime.ClaimType)));
    }

    /// <summary>Today in the runner's zone.</summary>
    public DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return TrainingHistory.LocalDate(clock.GetUtcNow(), Zone);
    }
}
