using System.Net;
using Footfall.Web.Tests.Support;

namespace Footfall.Web.Tests.Features.History;

public sealed class UploadLimitTests : IDisposable
{
    private readonly FootfallWebFactory _factory = new(new Dictionary<string, string?> { ["History:MaxUploadMegabytes"] = "1" });

    [Fact]
    public async Task Upload_OverTheLimit_IsRefusedWithAClearMessageAndStoresNothing()
    {
        var session = await WebSession.SignedUpAsync(_factory);
        var big = new byte[(int)(1.5 * 1024 * 1024)];

        using var response = await HistoryUpload.PostAsync(session, ("big.fit", big));
        var page = await session.GetPageAsync(response.Headers.Location!.OriginalString);
        var list = await session.GetPageAsync("/History");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("larger than 1 MB", page.QuerySelector(".alert-error")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(list.QuerySelectorAll("table.data-table tbody tr"));
    }

    [Fact]
    public async Task Upload_UnderTheLimit_Imports()
    {
        var session = await WebSession.SignedUpAsync(_factory);

        var page = await HistoryUpload.UploadAsync(session, HistoryUpload.File("garmin-fenix-5-run.fit"));

        Assert.Equal(1, HistoryUpload.Figure(page, "Imported"));
    }

    public void Dispose() => _factory.Dispose();
}
