using System.Net;
using Footfall.Web.Pages.Account;
using Footfall.Web.Tests.Support;

namespace Footfall.Web.Tests.Features.Account;

public abstract class AccountTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : FootfallWebFactory
{
    [Fact]
    public async Task Register_ThenDashboard_ShowsSignedInNavigation()
    {
        var session = await WebSession.SignedUpAsync(factory);

        var dashboard = await session.GetPageAsync("/Dashboard");

        Assert.Contains("Your dashboard", dashboard.QuerySelector("h1")!.TextContent);
        Assert.Contains("Sign out", dashboard.QuerySelector("nav")!.TextContent);
        Assert.Equal("Dashboard", Assert.Single(dashboard.QuerySelectorAll("nav a[aria-current=page]")).TextContent);
    }

    [Fact]
    public async Task Register_ShortPassword_IsRejectedWithClearMessage()
    {
        var session = WebSession.Create(factory);

        using var response = await session.RegisterAsync($"short-{Guid.NewGuid():N}@example.com", "tooshort1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebSession.ParseAsync(response);
        Assert.Contains("at least 12 characters", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync(new Uri("/Dashboard", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Register_KnownEmail_AnswersLikeANewOneAndEmailsTheNews()
    {
        var known = $"twice-{Guid.NewGuid():N}@example.com";
        var fresh = $"fresh-{Guid.NewGuid():N}@example.com";
        await WebSession.SignedUpAsync(factory, known);

        using var again = await WebSession.Create(factory).RegisterAsync(known);
        using var first = await WebSession.Create(factory).RegisterAsync(fresh);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        var news = await OutboxMail.WaitForAsync(factory, known, "You already have a Footfall account");
        Assert.Contains("/Account/ForgotPassword", news.TextBody, StringComparison.Ordinal);
        await OutboxMail.WaitForAsync(factory, fresh, "Confirm your email");
    }

    [Fact]
    public async Task Register_WithoutAcceptingNotice_IsRejected()
    {
        var session = WebSession.Create(factory);
        using var response = await session.SubmitFormAsync("/Account/Register", new Dictionary<string, string>
        {
            ["Input.Email"] = $"noaccept-{Guid.NewGuid():N}@example.com",
            ["Input.Password"] = WebSession.GoodPassword,
            ["Input.ConfirmPassword"] = WebSession.GoodPassword,
        });

        var page = await WebSession.ParseAsync(response);
        Assert.Contains("guidance, not a diagnosis", page.QuerySelector("[role=alert]")!.TextContent);
    }

    [Fact]
    public async Task SignIn_BeforeConfirmingEmail_IsRefusedAndSendsANewLink()
    {
        var email = $"unconfirmed-{Guid.NewGuid():N}@example.com";
        using (await WebSession.Create(factory).RegisterAsync(email))
        {
        }

        using var signIn = await WebSession.Create(factory).SignInAsync(email);

        Assert.Contains(LoginModel.NotConfirmedMessage, (await WebSession.ParseAsync(signIn)).QuerySelector("[role=alert]")!.TextContent);
        await OutboxMail.WaitForAsync(factory, email, "Confirm your email", atLeast: 2);
    }

    [Fact]
    public async Task SignIn_WrongPassword_SaysSoWithoutRevealingWhichPart()
    {
        var email = $"wrong-{Guid.NewGuid():N}@example.com";
        await WebSession.SignedUpAsync(factory, email);

        using var response = await WebSession.Create(factory).SignInAsync(email, "definitely not it!!");

        var page = await WebSession.ParseAsync(response);
        Assert.Contains(LoginModel.FailedMessage, page.QuerySelector("[role=alert]")!.TextContent);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var session = await WebSession.SignedUpAsync(factory);

        using var response = await session.SubmitFormAsync("/Dashboard", new Dictionary<string, string>(), formIndex: 0);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        using var dashboard = await session.Client.GetAsync(new Uri("/Dashboard", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
        Assert.StartsWith("/Account/Login", dashboard.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task ChangePassword_OldStopsWorkingAndNewWorks()
    {
        var email = $"change-{Guid.NewGuid():N}@example.com";
        var session = await WebSession.SignedUpAsync(factory, email);
        const string newPassword = "a brand new long passphrase";

        using var change = await session.SubmitFormAsync("/Account/Manage", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = WebSession.GoodPassword,
            ["Input.NewPassword"] = newPassword,
            ["Input.ConfirmPassword"] = newPassword,
        }, formIndex: 1);
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);

        using var old = await WebSession.Create(factory).SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        using var fresh = await WebSession.Create(factory).SignInAsync(email, newPassword);
        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
    }

    [Fact]
    public async Task DeleteAccount_WithPassword_RemovesTheAccount()
    {
        var email = $"delete-{Guid.NewGuid():N}@example.com";
        var session = await WebSession.SignedUpAsync(factory, email);

        using var wrong = await session.SubmitFormAsync("/Account/Manage/Delete", new Dictionary<string, string> { ["Password"] = "not my password" }, formIndex: 1);
        Assert.Contains("has not been deleted", (await WebSession.ParseAsync(wrong)).QuerySelector("[role=alert]")!.TextContent);

        using var delete = await session.SubmitFormAsync("/Account/Manage/Delete", new Dictionary<string, string> { ["Password"] = WebSession.GoodPassword }, formIndex: 1);
        Assert.Equal("/Account/Deleted", delete.Headers.Location!.OriginalString);

        using var signIn = await WebSession.Create(factory).SignInAsync(email);
        Assert.Contains(LoginModel.FailedMessage, (await WebSession.ParseAsync(signIn)).QuerySelector("[role=alert]")!.TextContent);
    }
}

/// <summary>The same tests on SQLite, the default database.</summary>
public sealed class AccountTestsOnSqlite(FootfallWebFactory factory) : AccountTests<FootfallWebFactory>(factory);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class AccountTestsOnPostgres(PostgresWebFactory factory) : AccountTests<PostgresWebFactory>(factory);
