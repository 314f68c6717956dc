using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Tests.Features.Care;
using Footfall.Web.Tests.Features.Community;
using Footfall.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Footfall.Web.Tests.Browser;

/// <summary>
/// Issue 15's journeys in Chromium, mail on a real SMTP server: subscribe, confirm by the emailed link,
/// receive an issue an editor sends, unsubscribe from its link; a runner asks, a clinician answers, another
/// runner reports the answer, a moderator hides it. axe on every new page at 1280 and 360 px.
/// </summary>
public sealed class CommunityJourneyTests(CareBrowserFixture browser) : IClassFixture<CareBrowserFixture>
{
    private const string Password = "a long and memorable passphrase";

    [Fact]
    public async Task Subscribe_ConfirmByEmail_ReceiveAnIssue_UnsubscribeFromIt()
    {
        var email = $"reader-{Guid.NewGuid():N}@example.com";
        var reader = await browser.NewPageAsync();
        await reader.GotoAsync("/Community");
        await reader.ClickAsync("text=Get the newsletter");
        await reader.FillAsync("#Input_Email", email);
        await CheckAsync(reader, "newsletter");
        await reader.ClickAsync("button:has-text('Subscribe')");
        Assert.Contains("Check your inbox", await reader.InnerTextAsync("[role=status]"), StringComparison.Ordinal);
        await CheckAsync(reader, "newsletter-asked");

        var confirmation = await browser.Smtp.WaitForAsync(email, m => m.Subject!.StartsWith("Confirm your Footfall newsletter", StringComparison.Ordinal));
        await reader.GotoAsync(OutboxMail.Link(confirmation, "/Newsletter/Confirm"));
        await CheckAsync(reader, "newsletter-confirm");
        await reader.ClickAsync("button:has-text('Confirm')");
        Assert.Contains("Your subscription is confirmed", await reader.InnerTextAsync("[role=status]"), StringComparison.Ordinal);
        await CheckAsync(reader, "newsletter-confirmed");

        // An editor starts an issue from what is new and sends it.
        var editorEmail = $"editor-{Guid.NewGuid():N}@example.com";
        var editor = await SignedUpAsync(editorEmail);
        await CommunityRoleGrant.GrantAsync(browser.Factory, editorEmail, "editor");
        await editor.GotoAsync("/Newsletter/Issues");
        await CheckAsync(editor, "newsletter-issues");
        await editor.ClickAsync("text=Start an issue from what is new");
        Assert.Contains("Guide: Plantar fasciitis", await editor.InputValueAsync("#Input_Body"), StringComparison.Ordinal);
        var subject = $"New on Footfall {Guid.NewGuid():N}"[..40];
        await editor.FillAsync("#Input_Subject", subject);
        await editor.ClickAsync("button:has-text('Save the draft')");
        Assert.Contains("Draft saved", await editor.InnerTextAsync("[role=status]"), StringComparison.Ordinal);
        await editor.ClickAsync($"li:has(h3:has-text('{subject}')) button:has-text('Send to')");
        Assert.Contains("Sending", await editor.InnerTextAsync("[role=status]"), StringComparison.Ordinal);
        await CheckAsync(editor, "newsletter-issues-sent");

        // The issue arrives with its one-click unsubscribe; the reader uses the link.
        var issue = await browser.Smtp.WaitForAsync(email, m => m.Subject == subject);
        Assert.Contains("/Guides/plantar_fasciitis", issue.TextBody, StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", issue.Headers["List-Unsubscribe-Post"]);
        await reader.GotoAsync(OutboxMail.Link(issue, "/Newsletter/Unsubscribe"));
        await CheckAsync(reader, "newsletter-unsubscribe");
        await reader.ClickAsync("button:has-text('Unsubscribe')");
        Assert.Contains("No more newsletters", await reader.InnerTextAsync("[role=status]"), StringComparison.Ordinal);
        await CheckAsync(reader, "newsletter-unsubscribed");

        await using var scope = browser.Factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<FootfallDbContext>().NewsletterSubscriptions.AnyAsync(s => s.Email == email));
        await reader.Context.CloseAsync();
        await editor.Context.CloseAsync();
    }

    [Fact]
    public async Task RunnerAsks_ClinicianAnswers_AnotherRunnerReports_ModeratorHides()
    {
        // A runner asks, under a display name.
        var askerEmail = $"asker-{Guid.NewGuid():N}@example.com";
        var asker = await SignedUpAsync(askerEmail);
        await asker.GotoAsync("/Community");
        await CheckAsync(asker, "community-empty");
        await asker.ClickAsync("a:has-text('Ask a question')");
        await asker.FillAsync("#Input_DisplayName", "Trail Heel");
        await asker.FillAsync("#Input_Title", "Heel pain on my first steps after long trail runs");
        await asker.FillAsync("#Input_Body", "Sharp under the heel for the first few steps each morning, easing after ten minutes. I went from 30 to 55 km a week this month.");
        await CheckAsync(asker, "community-ask");
        await asker.ClickAsync("button:has-text('Post the question')");
        await asker.WaitForURLAsync("**/Community/Question/**");
        var questionUrl = new Uri(asker.Url).PathAndQuery;
        Assert.Contains("Trail Heel", await asker.InnerTextAsync("article.post .post-meta"), StringComparison.Ordinal);
        Assert.DoesNotContain(askerEmail, await asker.ContentAsync(), StringComparison.OrdinalIgnoreCase);

        // A verified clinician answers and is marked as such.
        var adminEmail = $"admin-{Guid.NewGuid():N}@example.com";
        var clinicianEmail = $"dana-{Guid.NewGuid():N}@example.com";
        var admin = await SignedUpAsync(adminEmail);
        var clinician = await SignedUpAsync(clinicianEmail);
        await CareWorld.ClinicWithPractitionerAsync(browser.Factory, adminEmail, clinicianEmail);
        await clinician.GotoAsync(questionUrl);
        await clinician.FillAsync("#Input_Body", "First-step heel pain after a quick rise in distance is typical of plantar heel pain. Drop back towards your old weekly distance, do calf and foot strengthening, and see a clinician if it is no better in six weeks or you cannot walk it off.");
        await CheckAsync(clinician, "community-answer");
        await clinician.ClickAsync("button:has-text('Post the answer')");
        Assert.Contains("Your answer is posted", await clinician.InnerTextAsync("[role=status]"), StringComparison.Ordinal);
        Assert.Contains("Verified physiotherapist", await clinician.InnerTextAsync("article.post-clinician .tag-clinician"), StringComparison.Ordinal);

        // Another runner reads it and reports the answer.
        var reporter = await SignedUpAsync($"reporter-{Guid.NewGuid():N}@example.com");
        await reporter.GotoAsync(questionUrl);
        await ScreenshotAsync(reporter, "community-1280");
        await reporter.ClickAsync("article.post-clinician summary:has-text('Report this answer')");
        await reporter.CheckAsync($"article.post-clinician input[value='{ReportReasons.UnsafeAdvice}']");
        await reporter.FillAsync("article.post-clinician textarea[name=note]", "I think this needs a second look.");
        await CheckAsync(reporter, "community-report");
        await reporter.ClickAsync("article.post-clinician button:has-text('Send the report')");
        Assert.Contains("the post is reported", await reporter.InnerTextAsync("[role=status]"), StringComparison.Ordinal);
        await reporter.SetViewportSizeAsync(360, 800);
        await reporter.GotoAsync(questionUrl);
        await ScreenshotAsync(reporter, "community-360");
        await reporter.SetViewportSizeAsync(1280, 900);
        await reporter.GotoAsync("/Community");
        await CheckAsync(reporter, "community-index");

        // A moderator sees it in the queue and hides it.
        var moderatorEmail = $"moderator-{Guid.NewGuid():N}@example.com";
        var moderator = await SignedUpAsync(moderatorEmail);
        await CommunityRoleGrant.GrantAsync(browser.Factory, moderatorEmail, "moderator");
        await moderator.GotoAsync("/Community");
        await moderator.ClickAsync("text=Moderation queue");
        Assert.Contains("I think this needs a second look.", await moderator.InnerTextAsync("main"), StringComparison.Ordinal);
        await CheckAsync(moderator, "community-moderation");
        await moderator.ClickAsync("main li.card button:has-text('Hide')");
        Assert.Contains("The post is hidden", await moderator.InnerTextAsync("[role=status]"), StringComparison.Ordinal);
        await CheckAsync(moderator, "community-moderation-hidden");

        // The public page no longer shows the answer; the question stays.
        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync(questionUrl);
        Assert.Equal(0, await visitor.Locator("article.post-clinician").CountAsync());
        Assert.Contains("No answers yet", await visitor.InnerTextAsync("main h2"), StringComparison.Ordinal);
        await CheckAsync(visitor, "community-question-anonymous");

        foreach (var page in new[] { asker, admin, clinician, reporter, moderator, visitor })
        {
            await page.Context.CloseAsync();
        }
    }

    private async Task<IPage> SignedUpAsync(string email)
    {
        var page = await browser.NewPageAsync();
        await BrowserSignUp.RegisterAsync(page, browser.Factory, email, Password);
        return page;
    }

    private static Task CheckAsync(IPage page, string name) => PageChecks.CheckAsync(page, name, phoneToo: true);

    private static Task ScreenshotAsync(IPage page, string name) => PageChecks.ScreenshotAsync(page, name);
}
