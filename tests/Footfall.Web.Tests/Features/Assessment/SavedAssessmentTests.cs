using System.Net;
using AngleSharp.Html.Dom;
using Footfall.Web.Tests.Support;

namespace Footfall.Web.Tests.Features.Assessment;

public abstract class SavedAssessmentTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : FootfallWebFactory
{
    [Fact]
    public async Task AnonymousRunner_SavesByCreatingAnAccount_AndOnlyTheySeeIt()
    {
        var runner = WebSession.Create(factory);
        var result = await FinishedInterviewAsync(runner);
        Assert.Contains("Create an account to save this", result.QuerySelector("main")!.TextContent);

        using var save = await runner.Client.PostAsync(new Uri("/Assess/Save", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = ((IHtmlInputElement)result.QuerySelector("input[name=__RequestVerificationToken]")!).Value,
        }));
        Assert.Equal("/Account/Register?returnUrl=%2FAssess%2FSave", save.Headers.Location!.OriginalString);
        var email = $"saver-{Guid.NewGuid():N}@example.com";
        using var registered = await runner.SubmitFormAsync("/Account/Register?returnUrl=%2FAssess%2FSave", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = WebSession.GoodPassword,
            ["Input.ConfirmPassword"] = WebSession.GoodPassword,
            ["Input.AcceptTerms"] = "true",
        });
        Assert.StartsWith("/Account/CheckEmail", registered.Headers.Location!.OriginalString);
        await runner.ConfirmEmailAsync(factory, email);
        using var signedIn = await runner.SubmitFormAsync("/Account/Login?returnUrl=%2FAssess%2FSave", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = WebSession.GoodPassword,
        });
        Assert.Equal("/Assess/Save", signedIn.Headers.Location!.OriginalString);
        using var saved = await runner.Client.GetAsync(new Uri("/Assess/Save", UriKind.Relative));
        var viewUrl = saved.Headers.Location!.OriginalString;
        Assert.StartsWith("/Assess/View/", viewUrl);

        var view = await runner.GetPageAsync(viewUrl);
        Assert.NotNull(view.QuerySelector(".triage-banner"));
        var mine = await runner.GetPageAsync("/Assess/Mine");
        Assert.Single(mine.QuerySelectorAll("tbody tr"));

        var other = await WebSession.SignedUpAsync(factory);
        using var peek = await other.Client.GetAsync(new Uri(viewUrl, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, peek.StatusCode);
        Assert.Empty((await other.GetPageAsync("/Assess/Mine")).QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task AnswerWithoutAnInterview_StartsOverWithAClearMessage()
    {
        var runner = WebSession.Create(factory);
        var page = await runner.GetPageAsync("/Assess");

        using var response = await InterviewHttp.PostAsync(runner, page, "/Assess/3", "Finish");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("start again", (await WebSession.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent);
    }

    private static Task<IHtmlDocument> FinishedInterviewAsync(WebSession runner) => InterviewHttp.FinishedAsync(runner);
}

/// <summary>The same tests on SQLite, the default database.</summary>
public sealed class SavedAssessmentTestsOnSqlite(FootfallWebFactory factory) : SavedAssessmentTests<FootfallWebFactory>(factory);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class SavedAssessmentTestsOnPostgres(PostgresWebFactory factory) : SavedAssessmentTests<PostgresWebFactory>(factory);
