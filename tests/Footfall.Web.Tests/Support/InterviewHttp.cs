using System.Net;
using AngleSharp.Html.Dom;

namespace Footfall.Web.Tests.Support;

/// <summary>Drives the web interview over HTTP as a browser without JavaScript would: each form post
/// answers with a redirect to a page that is then fetched.</summary>
public static class InterviewHttp
{
    /// <summary>Starts an interview and returns the first screen's page and its URL.</summary>
    public static async Task<(IHtmlDocument Page, string Url)> StartAsync(WebSession runner, int age = 35, string sex = "female")
    {
        ArgumentNullException.ThrowIfNull(runner);
        using var started = await runner.SubmitFormAsync("/Assess", new Dictionary<string, string>
        {
            ["Age"] = age.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Sex"] = sex,
        });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var url = started.Headers.Location!.OriginalString;
        return (await runner.GetPageAsync(url), url);
    }

    /// <summary>Posts a handler of the page at <paramref name="url"/> with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostAsync(WebSession runner, IHtmlDocument page, string url, string handler, IDictionary<string, string>? fields = null)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(page);
        var form = new Dictionary<string, string>(fields ?? new Dictionary<string, string>())
        {
            ["__RequestVerificationToken"] = ((IHtmlInputElement)page.QuerySelector("input[name=__RequestVerificationToken]")!).Value,
        };
        return await runner.Client.PostAsync(new Uri($"{url}?handler={handler}", UriKind.Relative), new FormUrlEncodedContent(form));
    }

    /// <summary>Starts an interview, asks for the result at once, and returns the result page.</summary>
    public static async Task<IHtmlDocument> FinishedAsync(WebSession runner, int age = 35, string sex = "female")
    {
        var (page, url) = await StartAsync(runner, age, sex);
        using var finished = await PostAsync(runner, page, url, "Finish");
        Assert.Equal("/Assess/Result", finished.Headers.Location!.OriginalString);
        return await runner.GetPageAsync("/Assess/Result");
    }
}
