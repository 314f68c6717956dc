using System.Globalization;
using System.Text.Json;
using Footfall.Web.Tests.Support;
using Microsoft.Playwright;

namespace Footfall.Web.Tests.Browser;

/// <summary>
/// Page object for the web interview: starts it, and answers every screen the way the runner in a
/// development vignette would (ticks the pain-map places the vignette names, "Not sure" for any finding
/// the vignette does not mention) until the result page shows.
/// </summary>
public static class InterviewPage
{
    public static async Task StartAsync(IPage page, int age, string sex)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/Assess");
        await page.FillAsync("#age", age.ToString(CultureInfo.InvariantCulture));
        await page.CheckAsync($"input[name=Sex][value={sex}]");
        await page.ClickAsync("button:has-text('Start')");
    }

    /// <summary>Starts the interview as the vignette's runner and answers until the result.</summary>
    public static async Task WalkAsync(IPage page, string vignette, Func<IPage, Task>? onScreen = null)
    {
        var (age, sex, evidence) = LoadVignette(vignette);
        await StartAsync(page, age, sex);
        await AnswerUntilResultAsync(page, evidence, onScreen);
    }

    public static async Task AnswerUntilResultAsync(IPage page, IReadOnlyDictionary<string, JsonElement> evidence, Func<IPage, Task>? onScreen = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(evidence);
        var screens = 0;
        while (await page.Locator(".triage-banner").CountAsync() == 0 || await IsWarningAsync(page))
        {
            Assert.True(++screens <= 40, "The interview did not reach a result within 40 screens.");
            if (onScreen is not null)
            {
                await onScreen(page);
            }

            if (await IsWarningAsync(page))
            {
                var go = page.Locator("button:has-text('I understand, continue the questions')");
                await ((await go.CountAsync()) > 0 ? go.ClickAsync() : page.ClickAsync("button:has-text('See the full result')"));
            }
            else if (await page.Locator(".sign-list").CountAsync() > 0)
            {
                foreach (var sign in await page.Locator(".sign-list input[value=y]").AllAsync())
                {
                    var id = (await sign.GetAttributeAsync("name"))!["a-".Length..];
                    var value = !evidence.TryGetValue(id, out var v) ? "n" : v.ValueKind == JsonValueKind.True ? "y" : v.ValueKind == JsonValueKind.String ? "?" : "n";
                    await page.CheckAsync($"input[name='a-{id}'][value='{value}']");
                }

                await page.ClickAsync("button:has-text('Continue')");
            }
            else if (await page.Locator("input[name=present]").CountAsync() > 0)
            {
                foreach (var box in await page.Locator("input[name=present]").AllAsync())
                {
                    if (evidence.TryGetValue((await box.GetAttributeAsync("value"))!, out var v) && v.ValueKind == JsonValueKind.True)
                    {
                        await box.CheckAsync();
                    }
                }

                await page.ClickAsync("button:has-text('Continue')");
            }
            else
            {
                await AnswerQuestionAsync(page, evidence);
            }
        }
    }

    /// <summary>True on the screen that interrupts the interview for a warning sign.</summary>
    public static async Task<bool> IsWarningAsync(IPage page) =>
        await page.Locator("[role=alert].triage-banner .triage-label").CountAsync() > 0;

    public static (int Age, string Sex, Dictionary<string, JsonElement> Evidence) LoadVignette(string vignette)
    {
        var path = Path.Combine(RepoPaths.Root, "..", "shared", "vignettes", "dev", vignette);
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var @case = doc.RootElement.GetProperty("case");
        return (
            @case.GetProperty("age").GetInt32(),
            @case.GetProperty("sex").GetString()!,
            @case.GetProperty("evidence").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal));
    }

    private static async Task AnswerQuestionAsync(IPage page, IReadOnlyDictionary<string, JsonElement> evidence)
    {
        var findingId = await page.Locator("form[data-finding]").GetAttributeAsync("data-finding");
        var warningSign = await page.Locator("form[data-purpose=follow_up], form[data-purpose=recheck], form[data-purpose=screen]").CountAsync() > 0;
        if (!evidence.TryGetValue(findingId!, out var answer))
        {
            await page.ClickAsync(warningSign ? "button:has-text('No')" : "button:has-text('Not sure')");
        }
        else if (answer.ValueKind == JsonValueKind.String)
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
}
