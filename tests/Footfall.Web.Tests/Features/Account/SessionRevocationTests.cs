using System.Net;
using System.Net.Http.Json;
using Footfall.Web.Tests.Support;

namespace Footfall.Web.Tests.Features.Account;

/// <summary>Issue 12: a copied cookie must stop working the moment its session ends, however it ends.</summary>
public sealed class SessionRevocationTests(SessionClockWebFactory factory) : IClassFixture<SessionClockWebFactory>
{
    private const string Api = "/api/v1/shoes";

    [Fact]
    public async Task CopiedCookie_AfterSignOut_Gets401()
    {
        var (session, email) = await NewRunnerAsync();
        var stolen = await CopiedCookie.SignInAndCopyAsync(factory, session, email);
        Assert.Equal(HttpStatusCode.OK, await stolen.GetStatusAsync(Api));

        using var signOut = await session.SubmitFormAsync("/Dashboard", new Dictionary<string, string>(), formIndex: 0);

        Assert.Equal(HttpStatusCode.Unauthorized, await stolen.GetStatusAsync(Api));
        Assert.Contains("\"storage\"", string.Join(',', signOut.Headers.GetValues("Clear-Site-Data")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CopiedCookie_AfterPasswordChangeElsewhere_Gets401_AndTheChangingSessionStays()
    {
        var (session, email) = await NewRunnerAsync();
        var stolen = await CopiedCookie.SignInAndCopyAsync(factory, WebSession.Create(factory), email);
        Assert.Equal(HttpStatusCode.OK, await stolen.GetStatusAsync(Api));

        using var change = await session.SubmitFormAsync("/Account/Manage", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = WebSession.GoodPassword,
            ["Input.NewPassword"] = "an entirely different passphrase",
            ["Input.ConfirmPassword"] = "an entirely different passphrase",
        }, formIndex: 1);

        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await stolen.GetStatusAsync(Api));
        using var mine = await session.Client.GetAsync(new Uri(Api, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        await OutboxMail.WaitForAsync(factory, email, "A change to your Footfall sign-in");
    }

    [Fact]
    public async Task CopiedCookie_AfterAccountDeletion_Gets401OnReadAndWrite()
    {
        var (session, email) = await NewRunnerAsync();
        var stolen = await CopiedCookie.SignInAndCopyAsync(factory, WebSession.Create(factory), email);

        using var delete = await session.SubmitFormAsync("/Account/Manage/Delete", new Dictionary<string, string> { ["Password"] = WebSession.GoodPassword }, formIndex: 1);
        Assert.Equal("/Account/Deleted", delete.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Unauthorized, await stolen.GetStatusAsync(Api));
        using var write = await session.Client.PostAsJsonAsync(Api, new { name = "after deletion" });
        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
    }

    [Fact]
    public async Task SessionsPage_SignOutEverywhereElse_EndsTheOtherSessionOnly()
    {
        var (session, email) = await NewRunnerAsync();
        var other = await CopiedCookie.SignInAndCopyAsync(factory, WebSession.Create(factory), email);

        var page = await session.GetPageAsync("/Account/Manage/Sessions");
        Assert.Equal(2, page.QuerySelectorAll(".session").Length);
        Assert.Contains("This browser", page.QuerySelector(".session-current")!.TextContent);
        using var revoke = await session.SubmitFormAsync("/Account/Manage/Sessions", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Unauthorized, await other.GetStatusAsync(Api));
        var after = await session.GetPageAsync("/Account/Manage/Sessions");
        Assert.Single(after.QuerySelectorAll(".session"));
        Assert.Contains("Signed out 1 other session", after.QuerySelector("[role=status]")!.TextContent);
    }

    [Fact]
    public async Task Session_ThirtyMinutesIdle_Ends_ButUseKeepsItAliveUntilTwelveHours()
    {
        var (_, email) = await NewRunnerAsync();
        var idle = await CopiedCookie.SignInAndCopyAsync(factory, WebSession.Create(factory), email);
        var busy = await CopiedCookie.SignInAndCopyAsync(factory, WebSession.Create(factory), email);

        // Busy is used every 20 minutes; idle is not touched for 31.
        factory.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, await busy.GetStatusAsync(Api));
        factory.Clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(HttpStatusCode.Unauthorized, await idle.GetStatusAsync(Api));
        Assert.Equal(HttpStatusCode.OK, await busy.GetStatusAsync(Api));

        for (var elapsed = TimeSpan.FromMinutes(31); elapsed < TimeSpan.FromHours(12); elapsed += TimeSpan.FromMinutes(20))
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(20));
            if (elapsed + TimeSpan.FromMinutes(20) < TimeSpan.FromHours(12))
            {
                Assert.Equal(HttpStatusCode.OK, await busy.GetStatusAsync(Api));
            }
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.Unauthorized, await busy.GetStatusAsync(Api));
    }

    private async Task<(WebSession Session, string Email)> NewRunnerAsync()
    {
        var email = $"session-{Guid.NewGuid():N}@example.com";
        return (await WebSession.SignedUpAsync(factory, email), email);
    }
}
