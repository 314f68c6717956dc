using Footfall.Web.Tests.Support;
using Microsoft.Playwright;

namespace Footfall.Web.Tests.Browser;

/// <summary>
/// The learning pages in Chromium: the running class followed through its first two exercises with the
/// timer (Playwright's fake clock stands in for the minutes), from the keyboard, with what a screen
/// reader hears; axe on every new page at 1280 and 360 px; the screenshots in docs/.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class LearningJourneyTests(BrowserFixture browser)
{
    private static readonly string[] NewPages =
        ["/Learn", "/Guides", "/Guides/fat_pad_syndrome", "/Guides/navicular_stress_fracture", "/Learn/Class", "/Learn/ShoeCheck", "/Learn/FormCheck", "/About", "/Privacy", "/Terms", "/Contact"];

    [Fact]
    public async Task Class_TimerFollowsTwoExercises_WithPauseAndAnnouncements()
    {
        var page = await browser.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        await page.Clock.InstallAsync();
        await page.GotoAsync("/Learn/Class");

        var player = page.Locator("[data-class-player]");
        Assert.True(await player.IsVisibleAsync());
        Assert.Equal("Brisk walking", await player.Locator("[data-player-name]").InnerTextAsync());
        Assert.Equal("2:00", await Clock(page));

        // Keyboard: focus Start and press Enter.
        await page.FocusAsync("[data-player-toggle]");
        await page.Keyboard.PressAsync("Enter");
        await page.Clock.RunForAsync(1_000);
        Assert.Contains("Brisk walking. Set 1 of 1: hold for 120 seconds.", await Status(page), StringComparison.Ordinal);
        Assert.Equal("Pause", await page.InnerTextAsync("[data-player-toggle]"));
        await page.Clock.RunForAsync(59_000);
        Assert.Equal("1:00", await Clock(page));

        // Paused, the clock stands still.
        await page.ClickAsync("[data-player-toggle]");
        await page.Clock.RunForAsync(30_100);
        Assert.Equal("1:00", await Clock(page));
        Assert.Equal("Resume", await page.InnerTextAsync("[data-player-toggle]"));
        Assert.Equal("Paused at 1:00.", await Status(page));

        // (Announcements land 50 ms after the change, so that a repeated sentence is read again.)
        await page.ClickAsync("[data-player-toggle]");
        await page.Clock.RunForAsync(60_100);
        Assert.Equal("Rest", await player.Locator("[data-player-name]").InnerTextAsync());
        Assert.Equal("Rest for 10 seconds. Next: Ankle pumps and circles.", await Status(page));

        // The second exercise is a set of repetitions: no countdown, "Done, next" moves on.
        await page.Clock.RunForAsync(10_000);
        Assert.Equal("Ankle pumps and circles", await player.Locator("[data-player-name]").InnerTextAsync());
        Assert.Equal("20 reps", await Clock(page));
        Assert.Equal("Exercise 2 of 14", await page.InnerTextAsync("[data-player-position]"));
        Assert.Equal("step", await page.GetAttributeAsync("#item-2", "aria-current"));
        await page.Clock.RunForAsync(30_000);
        Assert.Equal("20 reps", await Clock(page));
        await page.ClickAsync("[data-player-next]:has-text('Done, next')");
        await page.Clock.RunForAsync(10_500);

        Assert.Equal("Calf stretch, knee straight", await player.Locator("[data-player-name]").InnerTextAsync());
        Assert.Equal("Set 1 of 2 · left side", await page.InnerTextAsync("[data-player-set]"));
        Assert.Contains("Calf stretch, knee straight. Set 1 of 2, left side: hold for 30 seconds.", await Status(page), StringComparison.Ordinal);
        Assert.Null(await page.GetAttributeAsync("#item-2", "aria-current"));
        await Accessibility.AssertAccessibleAsync(page);
        await ScreenshotsAsync(page, "class");
    }

    [Fact]
    public async Task NewPages_PassAxe_AndFitAPhone()
    {
        var wide = await browser.NewPageAsync();
        var narrow = await browser.NewPageAsync(360, 800);
        foreach (var path in NewPages)
        {
            foreach (var page in new[] { wide, narrow })
            {
                await page.GotoAsync(path);
                await Accessibility.AssertAccessibleAsync(page);
                await Accessibility.AssertNoHorizontalScrollAsync(page);
            }
        }

        await wide.GotoAsync("/Guides/fat_pad_syndrome");
        await ScreenshotsAsync(wide, "guide");
        await wide.GotoAsync("/Learn/ShoeCheck");
        await ScreenshotsAsync(wide, "shoe-check");
    }

    private static Task<string> Clock(IPage page) => page.InnerTextAsync("[data-player-clock]");

    private static Task<string> Status(IPage page) => page.TextContentAsync("[data-player-status]")!;

    private static async Task ScreenshotsAsync(IPage page, string name)
    {
        var docs = Path.Combine(RepoPaths.Root, "docs");
        await page.SetViewportSizeAsync(1280, 900);
        await page.ScreenshotAsync(new() { Path = Path.Combine(docs, $"{name}-1280.png"), FullPage = true });
        await page.SetViewportSizeAsync(360, 800);
        await Accessibility.AssertNoHorizontalScrollAsync(page);
        await Accessibility.AssertAccessibleAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(docs, $"{name}-360.png"), FullPage = true });
        await page.SetViewportSizeAsync(1280, 900);
    }
}
