using System.Globalization;
using System.Text.Json;
using Footfall.Web.Tests.Support;
using Microsoft.Playwright;

namespace Footfall.Web.Tests.Browser;

/// <summary>
/// A runner with plantar heel pain (as in vignette dev-001) registers, takes the assessment, starts the
/// plan from the result and checks in on three days of a fake clock; the advice follows the pain and the
/// progress page shows all three days.
/// </summary>
public sealed class RecoveryJourneyTests(RecoveryBrowserFixture browser) : IClassFixture<RecoveryBrowserFixture>
{
    private const string Password = "a long and memorable passphrase";

    [Fact]
    public async Task Journey_AssessmentPlanThreeCheckInsProgress_AdviceFollowsPain()
    {
        var page = await browser.NewPageAsync();

        // Two cores are shared with other builds: give slow steps room rather than fail on timing.
        page.SetDefaultTimeout(60_000);
        var email = $"recovery-{Guid.NewGuid():N}@example.com";
        await RegisterAsync(page, email);
        await InterviewPage.WalkAsync(page, "dev-001.json");
        await Accessibility.AssertAccessibleAsync(page);

        await page.ClickAsync("button:has-text('Save to my account')");
        await page.WaitForURLAsync("**/Assess/View/**");
        Assert.Contains("Plantar", await page.InnerTextAsync(".recovery-offer h2"));
        await page.ClickAsync("button:has-text('Start a recovery plan')");
        await page.WaitForURLAsync("**/Recovery");
        Assert.Contains("Phase 1: settle pain", await page.InnerTextAsync(".plan-now"));
        Assert.Contains("Settle pain", await page.InnerTextAsync(".timeline-current"));
        await Accessibility.AssertAccessibleAsync(page);
        await ScreenshotsAsync(page, "recovery-plan");

        await page.ClickAsync(".exercise-item a >> nth=0");
        Assert.NotNull(await page.QuerySelectorAsync("figure.illustration svg"));
        await Accessibility.AssertAccessibleAsync(page);
        await ScreenshotsAsync(page, "recovery-exercise");
        await page.GotoAsync("/Recovery/Exercises");
        await Accessibility.AssertAccessibleAsync(page);

        // Day 1: low pain, but one good day is not three: hold.
        await CheckInAsync(page, email, firstSteps: 2, during: 2, after: 2, km: "3");
        Assert.Equal("Hold", await page.InnerTextAsync(".advice h1"));
        // The rule's name is for a clinician, folded away; the runner reads the reason in words.
        Assert.DoesNotContain("not_enough_good_days", await page.InnerTextAsync(".advice"));
        Assert.Contains("not_enough_good_days", await page.TextContentAsync(".advice details.tech-detail"));
        await Accessibility.AssertAccessibleAsync(page);

        // Day 2: pain during the run above the acceptable limit: step back.
        browser.Factory.Clock.Advance(TimeSpan.FromDays(1));
        await CheckInAsync(page, email, firstSteps: 3, during: 7, after: 5, km: "5");
        Assert.Equal("Step back", await page.InnerTextAsync(".advice h1"));
        // The rule's name is for a clinician, folded away; the runner reads the reason in words.
        Assert.DoesNotContain("during_above_acceptable", await page.InnerTextAsync(".advice"));
        Assert.Contains("during_above_acceptable", await page.TextContentAsync(".advice details.tech-detail"));
        await Accessibility.AssertAccessibleAsync(page);
        await ScreenshotsAsync(page, "recovery-checkin-advice");

        // Day 3: settled again: hold at the lower load.
        browser.Factory.Clock.Advance(TimeSpan.FromDays(1));
        await CheckInAsync(page, email, firstSteps: 2, during: 2, after: 1, km: "2.5");
        Assert.Equal("Hold", await page.InnerTextAsync(".advice h1"));

        await page.GotoAsync("/Recovery/CheckIn");
        await Accessibility.AssertAccessibleAsync(page);
        await ScreenshotsAsync(page, "recovery-checkin-form");

        await page.GotoAsync("/Recovery/Progress");
        var rows = page.Locator(".table-scroll >> nth=0 >> tbody tr");
        Assert.Equal(3, await rows.CountAsync());
        Assert.Contains("Step back", await rows.Nth(1).InnerTextAsync());
        Assert.Equal(3, await page.Locator("svg.progress-chart-wide circle.chart-first").CountAsync());
        await Accessibility.AssertAccessibleAsync(page);
        await ScreenshotsAsync(page, "recovery-progress");

        await page.GotoAsync("/Recovery/Questionnaires?id=faam");
        await Accessibility.AssertAccessibleAsync(page);
        foreach (var radio in await page.Locator("input[type=radio][value='3']").AllAsync())
        {
            await radio.CheckAsync();
        }

        await page.ClickAsync("button:has-text('Score my answers')");
        Assert.Contains("75.0%", await page.InnerTextAsync("[role=status]"));
        await Accessibility.AssertAccessibleAsync(page);
        await page.ScreenshotAsync(new() { Path = Screenshot("recovery-questionnaire-1280.png"), FullPage = true });

        await page.GotoAsync("/Recovery/Appointments");
        await page.FillAsync("#ap-date", "2026-12-01");
        await page.FillAsync("#ap-time", "09:30");
        await page.FillAsync("#ap-title", "Physiotherapy");
        await page.ClickAsync("button:has-text('Add appointment')");
        Assert.Contains("Physiotherapy", await page.InnerTextAsync(".appointment-list"));
        await Accessibility.AssertAccessibleAsync(page);
        await page.ScreenshotAsync(new() { Path = Screenshot("recovery-appointments-1280.png"), FullPage = true });

        await page.GotoAsync("/Dashboard");
        var lastCheckIn = string.Create(CultureInfo.InvariantCulture, $"Last check-in {browser.Factory.Clock.GetUtcNow():d MMM}: Hold");
        Assert.Contains(lastCheckIn, await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await Accessibility.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    private Task RegisterAsync(IPage page, string email) => BrowserSignUp.RegisterAsync(page, browser.Factory, email, Password);

    /// <summary>Opens the check-in (signing in again when a day on the clock has expired the session) and saves it.</summary>
    private static async Task CheckInAsync(IPage page, string email, int firstSteps, int during, int after, string km)
    {
        await page.GotoAsync("/Recovery/CheckIn");
        if (page.Url.Contains("/Account/Login", StringComparison.Ordinal))
        {
            await page.FillAsync("#Input_Email", email);
            await page.FillAsync("#Input_Password", Password);
            await page.ClickAsync("main button[type=submit]");
            await page.WaitForURLAsync("**/Recovery/CheckIn");
        }

        await page.ClickAsync($"label[for=Input-PainFirstSteps-{firstSteps}]");
        await page.ClickAsync($"label[for=Input-PainDuringActivity-{during}]");
        await page.ClickAsync($"label[for=Input-PainAfterActivity-{after}]");
        await page.CheckAsync("input[name='Input.Activity'][value=run]");
        await page.FillAsync("#km", km);
        await page.CheckAsync(".checklist input[type=checkbox] >> nth=0");
        await page.ClickAsync("button:has-text('Save check-in')");
        await page.WaitForSelectorAsync(".advice");
    }

    private static async Task ScreenshotsAsync(IPage page, string name)
    {
        await page.SetViewportSizeAsync(1280, 900);
        await page.ScreenshotAsync(new() { Path = Screenshot($"{name}-1280.png"), FullPage = true });
        await page.SetViewportSizeAsync(360, 800);
        await Accessibility.AssertNoHorizontalScrollAsync(page);
        await page.ScreenshotAsync(new() { Path = Screenshot($"{name}-360.png"), FullPage = true });

        // The full narrow page is too tall to read at once: also keep it in screen-sized parts.
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        for (var (y, part) = (0, 1); y < height; y += 1200, part++)
        {
            await page.ScreenshotAsync(new() { Path = Screenshot($"{name}-360-part{part}.png"), FullPage = true, Clip = new() { X = 0, Y = y, Width = 360, Height = Math.Min(1200, height - y) } });
        }
        await page.SetViewportSizeAsync(1280, 900);
    }

    private static string Screenshot(string name)
    {
        var folder = Path.Combine(RepoPaths.Root, "tests", "Footfall.Web.Tests", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
