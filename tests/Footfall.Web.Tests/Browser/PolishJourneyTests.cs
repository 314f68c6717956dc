using Footfall.Web.Tests.Support;
using Microsoft.Playwright;

namespace Footfall.Web.Tests.Browser;

/// <summary>
/// The runner's-eye polish in a real browser: the phone menu, the searchable time-zone list, stopping a plan, and
/// every changed page at 1280 and 360 px with axe and without sideways scrolling.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class PolishJourneyTests(BrowserFixture browser)
{
    private const string Password = "a long and memorable passphrase";

    [Fact]
    public async Task PhoneHeader_IsOneRowWithAMenuThatOpensAndClosesByKeyboard()
    {
        var page = await browser.NewPageAsync(360, 800);
        await RegisterAsync(page);
        await page.GotoAsync("/Dashboard");

        var toggle = page.Locator("summary.nav-toggle");
        Assert.True(await toggle.IsVisibleAsync());
        Assert.False(await page.Locator("nav[aria-label=Main] a[href='/History']").IsVisibleAsync());
        Assert.True(await page.EvaluateAsync<double>("() => document.querySelector('.site-header').getBoundingClientRect().height") < 90);
        await Accessibility.AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "header-phone-360", header: true);

        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.Locator("nav[aria-label=Main] a[href='/History']").IsVisibleAsync());
        Assert.Equal("true", await page.EvaluateAsync<string>("() => String(document.querySelector('[data-nav-menu]').open)"));
        await Accessibility.AssertAccessibleAsync(page);
        await Accessibility.AssertNoHorizontalScrollAsync(page);
        await ScreenshotAsync(page, "header-phone-360-open", header: false);

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Escape");
        Assert.False(await page.Locator("nav[aria-label=Main] a[href='/History']").IsVisibleAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement === document.querySelector('summary.nav-toggle')"));

        await page.SetViewportSizeAsync(1280, 900);
        Assert.False(await toggle.IsVisibleAsync());
        var rows = await page.EvaluateAsync<int>("() => new Set([...document.querySelectorAll('.nav-list > li')].map(li => Math.round(li.getBoundingClientRect().top))).size");
        Assert.Equal(1, rows);
        Assert.True(await page.Locator("nav[aria-label=Main] a[href='/History']").IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TimeZone_SearchFindsACityAndTheBrowsersZoneComesFirst()
    {
        var page = await browser.NewPageAsync(360, 800);
        await RegisterAsync(page);
        await page.GotoAsync("/Account/Manage");

        Assert.Equal("This browser\u2019s time zone", await page.EvaluateAsync<string>("() => document.querySelector('#time-zone-choice optgroup').label"));
        await page.FillAsync("#time-zone-search", "chicago");
        Assert.Equal("America/Chicago", await page.InputValueAsync("#time-zone-choice"));
        Assert.Contains("Chicago", await page.InnerTextAsync("#time-zone-matches"));
        await Accessibility.AssertAccessibleAsync(page);
        await page.ClickAsync("button >> text=Save time zone");
        Assert.Contains("America/Chicago", await page.InnerTextAsync("[role=status]"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ChangedPages_AreAccessibleAndFitAPhone()
    {
        var page = await browser.NewPageAsync();
        await RegisterAsync(page);
        await VisitAsync(page, "dashboard");

        await page.GotoAsync("/Account/Manage");
        await page.CheckAsync("input[name=distanceUnit][value=mi]");
        await page.ClickAsync("button >> text=Save distance unit");
        await page.WaitForSelectorAsync("[role=status]");
        await VisitAsync(page, "account");

        await page.GotoAsync("/History/Upload");
        await page.SetInputFilesAsync("#files", [Fit("garmin-fenix-5-run.fit"), Fit("activity-unexpected-eof.fit")]);
        await page.ClickAsync("button[type=submit] >> text=Import");
        await page.WaitForSelectorAsync(".import-summary");
        await VisitAsync(page, "upload", reload: false);
        await page.GotoAsync("/History");
        await page.Locator("table.data-table tbody tr a").First.ClickAsync();
        await page.WaitForSelectorAsync("[data-chart-table]");
        Assert.Contains("Mile splits", await page.InnerTextAsync("[data-chart-table] summary"));
        await VisitAsync(page, "activity");
        await page.GotoAsync("/History/Load");
        await VisitAsync(page, "load");
        await page.GotoAsync("/Shoes");
        await VisitAsync(page, "shoes");

        await page.GotoAsync("/Recovery");
        await VisitAsync(page, "recovery-choose");
        await page.SelectOptionAsync("#conditionId", "plantar_fasciitis");
        await page.ClickAsync("button >> text=Start the chosen plan");
        await page.WaitForSelectorAsync(".plan-now");
        await page.ClickAsync("#stop-plan > summary");
        await VisitAsync(page, "recovery-plan", reload: false);

        await page.GotoAsync("/Recovery/CheckIn");
        await page.ClickAsync("label[for=Input-PainFirstSteps-2]");
        await page.ClickAsync("label[for=Input-PainDuringActivity-3]");
        await page.ClickAsync("label[for=Input-PainAfterActivity-2]");
        await page.CheckAsync("input[name='Input.Activity'][value=run]");
        await page.FillAsync("#km", "3.1");
        await page.CheckAsync(".checklist input[type=checkbox] >> nth=0");
        await VisitAsync(page, "checkin-ticked", reload: false);
        await page.ClickAsync("button:has-text('Save check-in')");
        await page.WaitForSelectorAsync(".advice");
        Assert.DoesNotContain("_", await page.InnerTextAsync(".advice .advice-reason"));
        await VisitAsync(page, "checkin-advice", reload: false);
        await page.GotoAsync("/Recovery/Progress");
        Assert.Contains("3.1 mi", await page.InnerTextAsync("main"));
        await VisitAsync(page, "progress");

        await page.GotoAsync("/Recovery");
        await page.ClickAsync("#stop-plan > summary");
        await page.ClickAsync("button >> text=Yes, stop this plan");
        Assert.Contains("Your plan is stopped", await page.InnerTextAsync("[data-plan-status]"));
        await page.Context.CloseAsync();
    }

    /// <summary>axe and no sideways scrolling at 1280 and 360 px, with a screenshot of each.</summary>
    private static async Task VisitAsync(IPage page, string name, bool reload = true)
    {
        foreach (var (width, height) in new[] { (1280, 900), (360, 800) })
        {
            await page.SetViewportSizeAsync(width, height);
            if (reload)
            {
                // Charts size themselves when a page loads; load it again at each width, as a phone would.
                await page.ReloadAsync();
            }

            await ScreenshotAsync(page, $"polish-{name}-{width}", header: false);
            await Accessibility.AssertNoHorizontalScrollAsync(page);
            await Accessibility.AssertAccessibleAsync(page);
        }

        await page.SetViewportSizeAsync(1280, 900);
    }

    private async Task RegisterAsync(IPage page) =>
        await BrowserSignUp.RegisterAsync(page, browser.Factory, $"polish-{Guid.NewGuid():N}@example.com", Password);

    private static string Fit(string name) => Path.Combine(RepoPaths.Shared, "samples", "fit", name);

    private static async Task ScreenshotAsync(IPage page, string name, bool header)
    {
        var folder = Path.Combine(RepoPaths.Root, "tests", "Footfall.Web.Tests", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{name}.png");
        if (header)
        {
            await page.Locator(".site-header").ScreenshotAsync(new() { Path = path });
        }
        else
        {
            await page.ScreenshotAsync(new() { Path = path, FullPage = !name.StartsWith("header", StringComparison.Ordinal) });
        }
    }
}
