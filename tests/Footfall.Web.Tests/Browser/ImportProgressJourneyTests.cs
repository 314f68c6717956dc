using Footfall.Web.Tests.Support;
using Microsoft.Playwright;

namespace Footfall.Web.Tests.Browser;

/// <summary>A large export imported in the background, watched in a real browser, with and without JavaScript.</summary>
[Collection(BrowserGroup.Name)]
public sealed class ImportProgressJourneyTests(BrowserFixture browser)
{
    private const string Password = "a long and memorable passphrase";

    [Fact]
    public async Task LargeExport_ProgressPageShowsHowFarItHasGot_ThenTheSummary()
    {
        foreach (var width in new[] { 1280, 360 })
        {
            var page = await browser.NewPageAsync(width, 900);
            await BrowserSignUp.RegisterAsync(page, browser.Factory, $"progress-{Guid.NewGuid():N}@example.com", Password);
            await page.GotoAsync("/History/Upload");
            await page.SetInputFilesAsync("#files", new FilePayload { Name = "export.zip", MimeType = "application/zip", Buffer = Cluster.TwoNodeTests.Export(1500) });
            await page.ClickAsync("button[type=submit] >> text=Import");

            await page.WaitForSelectorAsync("[data-import-running]");
            Assert.Matches(@"\d+ (of 1500 files|files so far)", await page.InnerTextAsync("[data-import-files]"));
            await Accessibility.AssertNoHorizontalScrollAsync(page);
            await Accessibility.AssertAccessibleAsync(page);
            await ScreenshotAsync(page, $"history-import-progress-{width}");

            await page.WaitForSelectorAsync(".import-summary", new() { Timeout = 180_000 });
            Assert.Equal("1500", await page.InnerTextAsync(".import-summary tr:first-child td"));
            await Accessibility.AssertAccessibleAsync(page);
            await ScreenshotAsync(page, $"history-import-finished-{width}");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task WithoutJavaScript_TheProgressPageReloadsItselfUntilTheSummary()
    {
        var signUp = await browser.NewPageAsync();
        await BrowserSignUp.RegisterAsync(signUp, browser.Factory, $"nojs-{Guid.NewGuid():N}@example.com", Password);
        var state = await signUp.Context.StorageStateAsync();
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.BaseUrl.ToString(), JavaScriptEnabled = false, StorageState = state });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/History/Upload");
        await page.SetInputFilesAsync("#files", new FilePayload { Name = "export.zip", MimeType = "application/zip", Buffer = Cluster.TwoNodeTests.Export(600) });
        await page.ClickAsync("button[type=submit] >> text=Import");
        await page.WaitForSelectorAsync("[data-import-running]");
        await page.WaitForSelectorAsync(".import-summary", new() { Timeout = 180_000 });

        Assert.Equal("600", await page.InnerTextAsync(".import-summary tr:first-child td"));
        await signUp.Context.CloseAsync();
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(RepoPaths.Root, "tests", "Footfall.Web.Tests", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }
}
