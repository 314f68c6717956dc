using System.Net;
using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Web.Tests.Features.Community;

/// <summary><c>footfall db grant-role</c>: how an account becomes a moderator or an editor, counted by the web app from its very next request, audited as the operator.</summary>
public sealed class GrantRoleCommandTests(FootfallWebFactory factory) : IClassFixture<FootfallWebFactory>
{
    [Fact]
    public async Task GrantRole_OpensTheModerationQueue_RevokeClosesIt_BothAudited()
    {
        var email = $"mod-{Guid.NewGuid():N}@example.com";
        var runner = await WebSession.SignedUpAsync(factory, email);
        var configuration = CliRun.For(factory);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(runner, "/Community/Moderation"));

        var (code, output, _) = await CliRun.RunAsync(configuration, "db", "grant-role", "--user", email, "--role", "moderator");
        Assert.Equal(0, code);
        Assert.Contains("is now a moderator", output, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(runner, "/Community/Moderation"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(runner, "/Newsletter/Issues"));

        var (revokeCode, _, _) = await CliRun.RunAsync(configuration, "db", "grant-role", "--user", email, "--role", "moderator", "--revoke");
        Assert.Equal(0, revokeCode);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(runner, "/Community/Moderation"));

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();
        var userId = (await db.Users.SingleAsync(u => u.Email == email)).Id;
        var actions = await db.AuditEntries.Where(e => e.SubjectUserId == userId && e.Detail == "Moderator").OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([AuditActions.RoleGranted, AuditActions.RoleRevoked], actions.Select(e => e.Action));
        Assert.All(actions, e => Assert.StartsWith("operator:", e.ActorId, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("admin", "nobody@example.com", "'admin' is not a role; use moderator or editor.")]
    [InlineData("editor", "nobody@example.com", "No account has the email 'nobody@example.com'.")]
    public async Task GrantRole_BadInput_SaysWhatIsWrong(string role, string email, string message)
    {
        var (code, _, error) = await CliRun.RunAsync(CliRun.For(factory), "db", "grant-role", "--user", email, "--role", role);
        Assert.Equal(1, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    private static async Task<HttpStatusCode> StatusAsync(WebSession session, string path)
    {
        using var response = await session.Client.GetAsync(new Uri(path, UriKind.Relative));
        return response.StatusCode;
    }
}
