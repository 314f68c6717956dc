using Footfall.Web.Tests.Support;
using Microsoft.Playwright;

namespace Footfall.Web.Tests.Browser;

/// <summary>What a journey checks on each page it passes: axe, and a screenshot at 1280 px; with the phone too, the same at 360 px with no sideways scrolling.</summary>
public static class PageChecks
{
    public static async Task CheckAsync(IPage page, string name, bool phoneToo = false)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Accessibility.AssertAccessibleAsync(page);
        await ScreenshotAsync(page, $"{name}-1280");
        if (phoneToo)
        {
            await page.SetViewportSizeAsync(360, 800);
            await Accessibility.AssertNoHorizontalScrollAsync(page);
            await Accessibility.AssertAccessibleAsync(page);
            await ScreenshotAsync(page, $"{name}-360");
            await page.SetViewportSizeAsync(1280, 900);
        }
    }

    /// <summary>A full-page screenshot into tests/Footfall.Web.Tests/screenshots (not committed).</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var folder = Path.Combine(RepoPaths.Root, "tests", "Footfall.Web.Tests", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }
}
