using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using Footfall.Web.Tests.Support;

namespace Footfall.Web.Tests.Features.History;

/// <summary>Uploads through the import page the way a browser without JavaScript does.</summary>
internal static class HistoryUpload
{
    public static string Sample(string name) => Path.Combine(RepoPaths.Root, "..", "shared", "samples", "fit", name);

    /// <summary>
    /// Posts the files with the page's antiforgery token, follows the redirect to the import's progress page and
    /// reloads it, as its Refresh header asks, until the background import has finished; returns that page.
    /// </summary>
    public static async Task<IHtmlDocument> UploadAsync(WebSession session, params (string Name, byte[] Bytes)[] files)
    {
        using var response = await PostAsync(session, files);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await WaitForImportAsync(session, response.Headers.Location!.OriginalString);
    }

    /// <summary>Reloads the progress page at <paramref name="location"/> until the import is no longer running (at most two minutes).</summary>
    public static async Task<IHtmlDocument> WaitForImportAsync(WebSession session, string location, TimeSpan? limit = null)
    {
        var until = DateTime.UtcNow + (limit ?? TimeSpan.FromMinutes(2));
        while (true)
        {
            var page = await session.GetPageAsync(location);
            if (page.QuerySelector("[data-import-running]") is null)
            {
                return page;
            }

            Assert.True(DateTime.UtcNow < until, $"the import at {location} was still running after its time limit");
            await Task.Delay(100);
        }
    }

    public static async Task<HttpResponseMessage> PostAsync(WebSession session, params (string Name, byte[] Bytes)[] files)
    {
        var page = await session.GetPageAsync("/History/Upload");
        var token = ((IHtmlInputElement)page.QuerySelector("form[data-upload-form] input[name=__RequestVerificationToken]")!).Value;
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, "files", name);
        }

        return await session.Client.PostAsync(new Uri("/History/Upload", UriKind.Relative), content);
    }

    public static (string, byte[]) File(string name) => (name, System.IO.File.ReadAllBytes(Sample(name)));

    /// <summary>A FIT file cut inside its first record: nothing in it can be kept.</summary>
    public static (string, byte[]) Broken(string name) => (name, System.IO.File.ReadAllBytes(Sample("activity-unexpected-eof.fit"))[..40]);

    /// <summary>The import summary's figure for a row ("Imported", "Skipped", ...).</summary>
    public static int Figure(IHtmlDocument page, string row)
    {
        var cell = page.QuerySelectorAll(".import-summary tr")
            .Single(tr => tr.QuerySelector("th")!.TextContent.StartsWith(row, StringComparison.Ordinal))
            .QuerySelector("td")!;
        return int.Parse(cell.TextContent, System.Globalization.CultureInfo.InvariantCulture);
    }
}
