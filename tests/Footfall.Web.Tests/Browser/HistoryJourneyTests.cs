using Footfall.Web.Tests.Support;
using Microsoft.Playwright;

namespace Footfall.Web.Tests.Browser;

[Collection(BrowserGroup.Name)]
public sealed class HistoryJourneyTests(BrowserFixture browser)
{
    private const string Password = "a long and memorable passphrase";

    [Fact]
    public async Task UploadARun_SeeItInTheHistoryAndTheWeeklyChart()
    {
        var page = await browser.NewPageAsync();
        await RegisterAsync(page);

        await page.GotoAsync("/History/Upload");
        await Accessibility.AssertAccessibleAsync(page);
        await page.SetInputFilesAsync("#files", Sample("garmin-fenix-5-run.fit"));
        await page.ClickAsync("button[type=submit] >> text=Import");
        await page.WaitForSelectorAsync(".import-summary");
        Assert.Contains("Imported", await page.InnerTextAsync(".import-summary"));
        Assert.Equal("1", await page.InnerTextAsync(".import-summary tr:first-child td"));
        await Accessibility.AssertAccessibleAsync(page);

        await page.GotoAsync("/History");
        var row = page.Locator("table.data-table tbody tr");
        Assert.Equal(1, await row.CountAsync());
        Assert.Contains("Running", await row.InnerTextAsync());
        await Accessibility.AssertAccessibleAsync(page);

        await row.Locator("a").ClickAsync();
        await page.WaitForURLAsync("**/History/Activity/**");
        await page.WaitForSelectorAsync("[data-charts]:not([hidden]) canvas[data-chart=pace]");
        Assert.True(await page.EvaluateAsync<bool>("() => !!Chart.getChart(document.querySelector('canvas[data-chart=pace]'))"));
        await Accessibility.AssertAccessibleAsync(page);

        await page.GotoAsync("/History/Load");
        await page.WaitForSelectorAsync("[data-charts]:not([hidden]) canvas[data-chart=weekly]");
        var weeklyKm = await page.EvaluateAsync<double>(
            "() => Chart.getChart(document.querySelector('canvas[data-chart=weekly]')).data.datasets[0].data.reduce((a, b) => a + b, 0)");
        Assert.True(weeklyKm > 0, "the uploaded run's distance should be among the weekly bars");
        await Accessibility.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task HistoryPages_AreAccessibleAndFitAPhone()
    {
        foreach (var width in new[] { 1280, 360 })
        {
            var page = await browser.NewPageAsync(width, 900);
            await RegisterAsync(page);
            await page.GotoAsync("/History/Upload");
            await page.SetInputFilesAsync("#files", [Sample("activity-small-fenix2-run.fit"), Sample("activity-unexpected-eof.fit")]);
            await page.ClickAsync("button[type=submit] >> text=Import");
            await page.WaitForSelectorAsync(".import-summary");
            await ScreenshotAsync(page, $"history-upload-{width}");
            await page.GotoAsync("/Shoes");
            await page.FillAsync("#Input_Name", "Pegasus 40");
            await page.FillAsync("#initial-km", "450");
            await page.ClickAsync("button >> text=Add shoe");
            await page.WaitForSelectorAsync(".shoe");
            await page.ClickAsync("button >> text=Assign runs");
            await page.WaitForSelectorAsync(".alert-success");

            foreach (var path in new[] { "/History", "/History/Load", "/Shoes", "/Dashboard" })
            {
                await page.GotoAsync(path);
                await Accessibility.AssertNoHorizontalScrollAsync(page);
                await Accessibility.AssertAccessibleAsync(page);
                await ScreenshotAsync(page, $"{path.Trim('/').Replace('/', '-').ToLowerInvariant()}-{width}");
            }

            await page.GotoAsync("/History");
            await page.Locator("table.data-table tbody tr a").First.ClickAsync();
            await page.WaitForSelectorAsync("[data-charts]:not([hidden])");
            await Accessibility.AssertNoHorizontalScrollAsync(page);
            await Accessibility.AssertAccessibleAsync(page);
            await ScreenshotAsync(page, $"history-activity-{width}");
            await page.Context.CloseAsync();
        }
    }

    private static string Sample(string name) => Path.Combine(RepoPaths.Root, "..", "shared", "samples", "fit", name);

    private Task RegisterAsync(IPage page) =>
        BrowserSignUp.RegisterAsync(page, browser.Factory, $"history-{Guid.NewGuid():N}@example.com", Password);

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(RepoPaths.Root, "tests", "Footfall.Web.Tests", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }
}
