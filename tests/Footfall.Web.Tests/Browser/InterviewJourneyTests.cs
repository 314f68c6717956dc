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

        // The opening checklist: "yes" to the pale, cold foot, "no" to the rest.
        foreach (var sign in await page.Locator(".sign-list input[value=n]").AllAsync())
        {
            await sign.CheckAsync();
        }

        await page.CheckAsync("input[name='a-pale_cold_foot'][value=y]");
        await page.ClickAsync("button:has-text('Continue')");
        await page.ClickAsync("button:has-text('Yes')"); // it hurts at rest too

        var banner = await page.TextContentAsync(".triage-banner") ?? string.Empty;
        Assert.Contains("Warning sign", banner);
        Assert.Matches("ambulance|emergency department", banner);
        Assert.Equal(0, await page.Locator("text=continue the questions").CountAsync());
        await Accessibility.AssertAccessibleAsync(page);
        await Accessibility.AssertNoHorizontalScrollAsync(page);
        await page.ScreenshotAsync(new() { Path = Screenshot("assess-emergency-360.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Interview_BackAndReloadAtSeveralSteps_NeverResubmitAForm()
    {
        var page = await browser.NewPageAsync();
        var (age, sex, evidence) = InterviewPage.LoadVignette("dev-001.json");
        await InterviewPage.StartAsync(page, age, sex);
        var headings = new List<string>();
        var steps = 0;
        await InterviewPage.AnswerUntilResultAsync(page, evidence, async screen =>
        {
            steps++;
            Assert.Matches(@"/Assess/\d+$", screen.Url);
            var heading = await screen.InnerTextAsync(".question, .triage-banner h1");
            headings.Add(heading);

            // Reload shows the same screen by a GET; nothing is posted again.
            var reload = await screen.ReloadAsync();
            Assert.Equal("GET", reload!.Request.Method);
            Assert.Equal(heading, await screen.InnerTextAsync(".question, .triage-banner h1"));

            // At a few steps, the browser's Back shows the screen before, by a GET, and Forward returns.
            if (steps is 3 or 5)
            {
                var back = await screen.GoBackAsync();
                Assert.Equal("GET", back!.Request.Method);
                Assert.Equal(headings[^2], await screen.InnerTextAsync(".question, .triage-banner h1"));
                var forward = await screen.GoForwardAsync();
                Assert.Equal("GET", forward!.Request.Method);
                Assert.Equal(heading, await screen.InnerTextAsync(".question, .triage-banner h1"));
            }

            // Focus is on the new screen's question.
            Assert.Equal("true", await screen.EvaluateAsync<string>("() => String(document.activeElement && document.activeElement.hasAttribute('data-focus'))"));
        });

        Assert.EndsWith("/Assess/Result", page.Url);
        Assert.Contains("Plantar fasciitis", await page.InnerTextAsync(".condition h3 >> nth=0"));
        var result = await page.ReloadAsync();
        Assert.Equal("GET", result!.Request.Method);
        Assert.Contains("Plantar fasciitis", await page.InnerTextAsync(".condition h3 >> nth=0"));
        await page.GoBackAsync();
        Assert.Equal("GET", (await page.ReloadAsync())!.Request.Method);
        await page.GotoAsync("/Assess/Summary");
        Assert.Contains("Footfall assessment summary", await page.InnerTextAsync("h1"));
        Assert.Contains("Plantar fasciitis", await page.InnerTextAsync(".summary-table"));
        await Accessibility.AssertAccessibleAsync(page);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator(".site-header").IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Interview_NotSureToAWarningSignTwice_EndsWithin24HoursNamingIt()
    {
        var page = await browser.NewPageAsync(360, 800);
        await InterviewPage.StartAsync(page, 41, "female");
        foreach (var sign in await page.Locator(".sign-list input[value=n]").AllAsync())
        {
            await sign.CheckAsync();
        }

        await page.CheckAsync("input[name='a-calf_swelling_one_side'][value='?']");
        await page.ClickAsync("button:has-text('Continue')");

        Assert.Contains("simpler check", await page.InnerTextAsync(".eyebrow"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("mirror", await page.InnerTextAsync("h1"));
        await Accessibility.AssertAccessibleAsync(page);
        await page.ClickAsync("button:has-text('Not sure')");

        Assert.True(await InterviewPage.IsWarningAsync(page));
        Assert.Contains("within 24 hours", await page.InnerTextAsync(".triage-banner"));
        await page.ClickAsync("button:has-text('See the full result')");
        Assert.EndsWith("/Assess/Result", page.Url);
        Assert.Contains("See a doctor within 24 hours", await page.InnerTextAsync(".triage-banner h1"));
        Assert.Contains("one calf or leg is visibly swollen", await page.InnerTextAsync(".callout-danger"));
        await Accessibility.AssertAccessibleAsync(page);
        await Accessibility.AssertNoHorizontalScrollAsync(page);
        await page.ScreenshotAsync(new() { Path = Screenshot("assess-unsure-360.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    private static string Screenshot(string name)
    {
        var folder = Path.Combine(RepoPaths.Root, "tests", "Footfall.Web.Tests", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
