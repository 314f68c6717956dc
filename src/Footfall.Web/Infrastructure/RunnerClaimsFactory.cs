using System.Security.Claims;
using Footfall.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Footfall.Web.Infrastructure;

/// <summary>Adds the runner's time zone and distance unit to their sign-in, so every page can count days in the one
/// and show distances in the other.</summary>
public sealed class RunnerClaimsFactory(UserManager<FootfallUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<FootfallUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(FootfallUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(RunnerTime.ClaimType, RunnerTime.FromId(user.TimeZoneId).Id));
        identity.AddClaim(new Claim(RunnerDistance.ClaimType, RunnerDistance.Code(user.DistanceUnit)));
        return identity;
    }
}
