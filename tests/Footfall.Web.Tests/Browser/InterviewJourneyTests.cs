using System.Globalization;
using System.Text.Json;
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
        var evidence = LoadEvidence("dev-001.json");
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Assess");
        await Accessibility.AssertAccessibleAsync(page);

        await page.FillAsync("#age", "44");
        await page.CheckAsync("input[name=Sex][value=female]");
        await page.ClickAsync("button:has-text('Start')");

        var steps = 0;
        while (await page.Locator(".triage-banner").CountAsync() == 0 || await IsWarningAsync(page))
        {
            Assert.True(++steps <= 40, "The interview did not reach a result within 40 screens.");
            if (steps <= 3 || steps % 5 == 0)
            {
                await Accessibility.AssertAccessibleAsync(page);
            }

            if (await IsWarningAsync(page))
            {
                await page.ClickAsync("button:has-text('See the full result')");
                continue;
            }

            if (await page.Locator("input[name=present]").CountAsync() > 0)
            {
                foreach (var box in await page.Locator("input[name=present]").AllAsync())
                {
                    var id = await box.GetAttributeAsync("value");
                    if (evidence.TryGetValue(id!, out var v) && v.ValueKind == JsonValueKind.True)
                    {
                        await box.CheckAsync();
                    }
                }

                await page.ClickAsync("button:has-text('Continue')");
                continue;
            }

            var findingId = await page.Locator("input[name=findingId]").GetAttributeAsync("value");
            if (!evidence.TryGetValue(findingId!, out var answer))
            {
                await page.ClickAsync("button:has-text('Not sure')");
            }
            else if (answer.ValueKind == JsonValueKind.Number)
            {
                await page.FillAsync("#number", answer.GetDouble().ToString(CultureInfo.InvariantCulture));
                await page.ClickAsync("button:has-text('Continue')");
            }
            else
            {
                await page.ClickAsync(answer.ValueKind == JsonValueKind.True ? "button:has-text('Yes')" : "button:has-text('No')");
            }
        }

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
        await page.GotoAsync("/Assess");
        await page.FillAsync("#age", "52");
        await page.CheckAsync("input[name=Sex][value=male]");
        await page.ClickAsync("button:has-text('Start')");

        // Answer "Yes" to every warning-sign screening question until one interrupts.
        for (var i = 0; i < 10 && !await IsWarningAsync(page); i++)
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

    private static async Task<bool> IsWarningAsync(IPage page) =>
        await page.Locator("[role=alert].triage-banner .triage-label").CountAsync() > 0;

    private static Dictionary<string, JsonElement> LoadEvidence(string vignette)
    {
        var path = Path.Combine(RepoPaths.Root, "..", "shared", "vignettes", "dev", vignette);
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("case").GetProperty("evidence").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
    }

    private static string Screenshot(string name)
    {
        var folder = Path.Combine(RepoPaths.Root, "tests", "Footfall.Web.Tests", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
