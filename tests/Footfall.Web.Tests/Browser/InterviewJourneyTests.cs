using Footfall.Web.Tests.Support;
using Microsoft.Playwright;

namespace Footfall.Web.Tests.Browser;

/// <summary>
/// Walks the web interview in Chromium from the first question to the result, answering as the runner
/// in a development vignette would (unknown findings get "Not sure"), and checks the result page.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class InterviewJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Interview_FromFirstQuestionToResult_ShowsTriageCausesAndNotice()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Assess");
        await Accessibility.AssertAccessibleAsync(page);

        var screens = 0;
        await InterviewPage.WalkAsync(page, "dev-001.json", async screen =>
        {
            if (++screens <= 3 || screens % 5 == 0)
            {
                await Accessibility.AssertAccessibleAsync(screen);
            }

            if (await screen.Locator("input[name=present]").CountAsync() > 0)
            {
                await Accessibility.AssertAccessibleAsync(screen);
                await screen.ScreenshotAsync(new() { Path = Screenshot("assess-checklist-1280.png"), FullPage = true });
            }
        });

        Assert.Contains("managing this yourself", await page.InnerTextAsync(".triage-banner h1"));
        Assert.Equal("Plantar fasciitis (plantar heel pain)", await page.InnerTextAsync(".condition h3 >> nth=0"));
        Assert.Contains("Fits because", await page.InnerTextAsync(".condition >> nth=0"));
        Assert.Contains("guidance, not a diagnosis", await page.InnerTextAsync("main"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("When to see someone", await page.InnerTextAsync("main"));
        await Accessibility.AssertAccessibleAsync(page);
        await page.ScreenshotAsync(new() { Path = Screenshot("assess-result-1280.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Interview_EmergencyAnswer_InterruptsAtOnceWithWhatToDo()
    {
        var page = await browser.NewPageAsync(360, 800);
        await InterviewPage.StartAsync(page, 52, "male");

        // Answer "Yes" to every warning-sign screening question until one interrupts.
        for (var i = 0; i < 10 && !await InterviewPage.IsWarningAsync(page); i++)
        {
            await page.ClickAsync("button:has-text('Yes')");
        }

        var banner = await page.TextContentAsync(".triage-banner") ?? string.Empty;
        Assert.Contains("Warning sign", banner);
        Assert.Matches("ambulance|emergency department", banner);
        Assert.Equal(0, await page.Locator("text=continue the questions").CountAsync());
        await Accessibility.AssertAccessibleAsync(page);
        await Accessibility.AssertNoHorizontalScrollAsync(page);
        await page.ScreenshotAsync(new() { Path = Screenshot("assess-emergency-360.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    private static string Screenshot(string name)
    {
        var folder = Path.Combine(RepoPaths.Root, "tests", "Footfall.Web.Tests", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
