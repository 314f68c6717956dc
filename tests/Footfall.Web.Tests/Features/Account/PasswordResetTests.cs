using System.Net;
using Footfall.Web.Tests.Support;

namespace Footfall.Web.Tests.Features.Account;

public sealed class PasswordResetTests(SessionClockWebFactory factory) : IClassFixture<SessionClockWebFactory>
{
    private const string NewPassword = "a fresh passphrase after the reset";

    [Fact]
    public async Task Reset_ByEmailedLink_ChangesThePasswordEndsEverySessionAndWorksOnce()
    {
        var email = $"reset-{Guid.NewGuid():N}@example.com";
        var session = await WebSession.SignedUpAsync(factory, email);
        var stolen = await CopiedCookie.SignInAndCopyAsync(factory, WebSession.Create(factory), email);

        var visitor = WebSession.Create(factory);
        using var asked = await visitor.SubmitFormAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Email"] = email });
        Assert.Equal("/Account/CheckEmail?reason=reset", asked.Headers.Location!.OriginalString);
        var link = OutboxMail.Link(await OutboxMail.WaitForAsync(factory, email, "Reset your Footfall password"), "/Account/ResetPassword");
        using var reset = await visitor.SubmitFormAsync(link, Fields(NewPassword));

        Assert.Equal("/Account/Login", reset.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, await stolen.GetStatusAsync("/api/v1/shoes"));
        using (var old = await session.Client.GetAsync(new Uri("/api/v1/shoes", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        }

        using var again = await WebSession.Create(factory).SubmitFormAsync(link, Fields("yet another long passphrase"));
        Assert.Contains("expired or has already been used", (await WebSession.ParseAsync(again)).QuerySelector("[role=alert]")!.TextContent);
        using var signIn = await WebSession.Create(factory).SignInAsync(email, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task Reset_LinkPastItsLifespan_IsRefused()
    {
        // Identity's reset tokens read the system clock, so this app's links live one second, not an hour.
        using var quick = new FootfallWebFactory(new Dictionary<string, string?> { ["Security:PasswordResetLinkLifespan"] = "00:00:01" });
        var email = $"late-{Guid.NewGuid():N}@example.com";
        await WebSession.SignedUpAsync(quick, email);
        var visitor = WebSession.Create(quick);
        (await visitor.SubmitFormAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Email"] = email })).Dispose();
        var link = OutboxMail.Link(await OutboxMail.WaitForAsync(quick, email, "Reset your Footfall password"), "/Account/ResetPassword");

        await Task.Delay(TimeSpan.FromSeconds(2));
        using var reset = await visitor.SubmitFormAsync(link, Fields(NewPassword));

        Assert.Contains("expired or has already been used", (await WebSession.ParseAsync(reset)).QuerySelector("[role=alert]")!.TextContent);
    }

    [Fact]
    public async Task Reset_UnknownEmail_AnswersTheSameAndSendsNothing()
    {
        var unknown = $"nobody-{Guid.NewGuid():N}@example.com";

        using var asked = await WebSession.Create(factory).SubmitFormAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Email"] = unknown });

        Assert.Equal("/Account/CheckEmail?reason=reset", asked.Headers.Location!.OriginalString);
        await Task.Delay(500);
        Assert.Empty(await OutboxMail.ReadAsync(Path.Combine(factory.Folder, "outbox"), unknown));
    }

    [Fact]
    public async Task ConfirmationLink_WorksOnce()
    {
        var email = $"confirm-{Guid.NewGuid():N}@example.com";
        var session = await WebSession.SignedUpAsync(factory, email);
        var link = OutboxMail.Link(await OutboxMail.WaitForAsync(factory, email, "Confirm your email"), "/Account/ConfirmEmail");

        using var again = await WebSession.Create(factory).SubmitFormAsync(link, new Dictionary<string, string>());

        Assert.Contains("expired or has already been used", (await WebSession.ParseAsync(again)).QuerySelector("[role=alert]")!.TextContent);
        Assert.NotNull(session);
    }

    private static Dictionary<string, string> Fields(string password) => new()
    {
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = password,
    };
}
