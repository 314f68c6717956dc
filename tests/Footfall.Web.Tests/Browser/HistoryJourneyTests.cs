using Footfall.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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
        await page.WaitForSelectorAsync("[data-charts]:not([hidden]) canvas[data-chart=speed]");
        Assert.True(await page.EvaluateAsync<bool>("() => !!Chart.getChart(document.querySelector('canvas[data-chart=speed]'))"));
        await Accessibility.AssertAccessibleAsync(page);

        await page.GotoAsync("/History/Load");
        await page.WaitForSelectorAsync("[data-charts]:not([hidden]) canvas[data-chart=weeklyDistance]");
        var weeklyKm = await page.EvaluateAsync<double>(
            "() => Chart.getChart(document.querySelector('canvas[data-chart=weeklyDistance]')).data.datasets[0].data.reduce((a, b) => a + b, 0)");
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
            await page.SetInputFilesAsync("#files", [Sample("activity-small-fenix2-run.fit"), Sample("activity-unexpected-eof.fit"), Gpx("cerknicko-without-times.gpx")]);
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

    [Fact]
    public async Task UploadAPartlyTimedGpx_SeeTheWarningAndThatItIsLeftOutOfLoad()
    {
        var page = await browser.NewPageAsync();
        await RegisterAsync(page);

        await page.GotoAsync("/History/Upload");
        await page.SetInputFilesAsync("#files", Gpx("cerknicko-without-times.gpx"));
        await page.ClickAsync("button[type=submit] >> text=Import");
        await page.WaitForSelectorAsync(".import-summary");
        var warning = page.Locator("[data-sanity-warning]");
        Assert.True(await warning.IsVisibleAsync());
        Assert.Contains("Only 5 of its 296 points have a time", await warning.InnerTextAsync());
        await Accessibility.AssertAccessibleAsync(page);

        await warning.Locator("a").ClickAsync();
        await page.WaitForURLAsync("**/History/Activity/**");
        var onPage = page.Locator("[data-sanity-warning]");
        Assert.Contains("left out of your weekly load", await onPage.InnerTextAsync());
        // No pace is made up from a time that covers 57 seconds of a 4.6 km track.
        Assert.DoesNotContain("/km", await page.InnerTextAsync(".stats"));
        await Accessibility.AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "activity-left-out-1280");
        await page.SetViewportSizeAsync(360, 900);
        await Accessibility.AssertNoHorizontalScrollAsync(page);
        await ScreenshotAsync(page, "activity-left-out-360");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task LoadPage_DrawsTheRatioOnItsOwnAxisWithTheBand()
    {
        foreach (var width in new[] { 1280, 360 })
        {
            var page = await browser.NewPageAsync(width, 900);
            var email = await RegisterAsync(page);
            await SeedTenWeeksAsync(email);

            await page.GotoAsync("/History/Load");
            await page.WaitForSelectorAsync("[data-charts]:not([hidden]) canvas[data-chart=weeklyRatio]");
            var ratio = await page.EvaluateAsync<double[]>(
                "() => { const c = Chart.getChart(document.querySelector('canvas[data-chart=weeklyRatio]')); return [Object.keys(c.scales).length, c.scales.y.min, c.scales.y.max, c.data.datasets[1].data[0]]; }");
            var distance = await page.EvaluateAsync<string[]>(
                "() => Object.keys(Chart.getChart(document.querySelector('canvas[data-chart=weeklyDistance]')).scales)");
            Assert.Equal(2, ratio[0]); // x and the ratio's own y axis, nothing in km
            Assert.Equal(0, ratio[1]);
            Assert.True(ratio[2] >= 2);
            Assert.Equal(1.3, ratio[3]); // the band's top edge, on the ratio axis
            Assert.Equal(["x", "y"], distance.Order(StringComparer.Ordinal));
            Assert.Contains("in the last 7 days", await page.InnerTextAsync("[data-last-week]"));
            Assert.True(await page.Locator(".footnotes li").CountAsync() >= 3);
            await Accessibility.AssertNoHorizontalScrollAsync(page);
            await Accessibility.AssertAccessibleAsync(page);
            await ScreenshotAsync(page, $"load-ratio-{width}");
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Ten weeks of three or four runs, building up, with a sharp last week: enough for every ratio.</summary>
    private async Task SeedTenWeeksAsync(string email)
    {
        await using var scope = browser.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Footfall.Data.FootfallDbContext>();
        var owner = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var today = TimeProvider.System.GetUtcNow().UtcDateTime.Date;
        var kms = new[] { 5.0, 8, 6, 10 };
        for (var day = 69; day >= 0; day--)
        {
            if (day % 7 is 1 or 3 or 5)
            {
                continue;
            }

            var km = kms[day % 4] * (day < 7 ? 1.6 : 1 + ((69 - day) / 140.0));
            var id = Guid.NewGuid();
            db.Activities.Add(new Footfall.Data.Entities.ActivityRecord
            {
                Id = id,
                OwnerId = owner,
                Sport = Footfall.Activities.Sport.Running,
                StartUtc = today.AddDays(-day).AddHours(7),
                DurationSeconds = km * 330,
                DistanceMeters = km * 1000,
                AverageHeartRateBpm = 148,
                AverageCadenceSpm = 172,
                SourceFormat = "fit",
                SourceName = $"run-{day}.fit",
                ContentHash = id.ToString("N") + id.ToString("N"),
                SampleCount = (int)(km * 330),
                TimedSampleCount = (int)(km * 330),
                ImportedAtUtc = today,
            });
        }

        await db.SaveChangesAsync();
    }

    private static string Sample(string name) => Path.Combine(RepoPaths.Root, "..", "shared", "samples", "fit", name);

    private static string Gpx(string name) => Path.Combine(RepoPaths.Shared, "samples", "gpx", name);

    private async Task<string> RegisterAsync(IPage page)
    {
        var email = $"history-{Guid.NewGuid():N}@example.com";
        await BrowserSignUp.RegisterAsync(page, browser.Factory, email, Password);
        return email;
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(RepoPaths.Root, "tests", "Footfall.Web.Tests", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }
}
