using Footfall.Web.Features.Account;
using Footfall.Web.Features.Community;
using Footfall.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Web.Tests.Features.Community;

/// <summary>Gives an account a community role the way <c>footfall db grant-role</c> does: through the <see cref="GrantRole"/> use case, as an operator.</summary>
internal static class CommunityRoleGrant
{
    public static async Task GrantAsync(FootfallWebFactory factory, string email, string role)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<GrantRole.Handler>()
            .HandleAsync(new GrantRole.Request(email, role), AuditTrail.OperatorActor, default);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.SelectMany(e => e.Value)));
    }
}
