using System.Net;
using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Tests.Features.Community;
using Footfall.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Footfall.Web.Tests.Features.Newsletter;

/// <summary>
/// The newsletter over HTTP with its mail on a real SMTP server: double opt-in, nothing sent before
/// confirmation, single-use links without the address in them, RFC 8058 one-click unsubscribe, editors only.
/// </summary>
public sealed class NewsletterTests(SmtpWebFixture app) : IClassFixture<SmtpWebFixture>
{
    private FootfallWebFactory Factory => app.Factory;

    [Fact]
    public async Task Subscribe_SendsOnlyAConfirmation_AndAnIssueSkipsTheUnconfirmedAddress()
    {
        var waiting = $"waiting-{Guid.NewGuid():N}@example.com";
        var confirmed = $"reader-{Guid.NewGuid():N}@example.com";
        await SubscribeAsync(waiting);
        await ConfirmAsync(await SubscribeAsync(confirmed));

        var confirmation = await app.Smtp.WaitForAsync(waiting, m => m.Subject!.StartsWith("Confirm your Footfall newsletter", StringComparison.Ordinal));
        var link = OutboxMail.Link(confirmation, "/Newsletter/Confirm");
        Assert.DoesNotContain(waiting.Split('@')[0], link, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Uri.EscapeDataString(waiting), link, StringComparison.OrdinalIgnoreCase);

        var subject = $"Issue {Guid.NewGuid():N}";
        await SendIssueAsync(subject, "Morning heel pain: what the first steps tell you.");
        var issue = await app.Smtp.WaitForAsync(confirmed, m => m.Subject == subject);
        Assert.Contains("Morning heel pain", issue.TextBody, StringComparison.Ordinal);
        Assert.Contains("guidance, not a diagnosis", issue.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Smtp.To(waiting), m => m.Subject == subject);
    }

    [Fact]
    public async Task ConfirmationLink_WorksOnce()
    {
        var email = $"once-{Guid.NewGuid():N}@example.com";
        var link = await SubscribeAsync(email);
        await ConfirmAsync(link);
        var again = WebSession.Create(Factory);
        using var second = await again.SubmitFormAsync(link, new Dictionary<string, string>());
        Assert.Contains("does not work any more", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issue_CarriesOneClickUnsubscribe_ThatAMailProgramCanPostWithoutAPage()
    {
        var email = $"leaving-{Guid.NewGuid():N}@example.com";
        await ConfirmAsync(await SubscribeAsync(email));
        var subject = $"Issue {Guid.NewGuid():N}";
        await SendIssueAsync(subject, "New guides this month.");
        var issue = await app.Smtp.WaitForAsync(email, m => m.Subject == subject);

        Assert.Equal("List-Unsubscribe=One-Click", issue.Headers["List-Unsubscribe-Post"]);
        var header = issue.Headers["List-Unsubscribe"];
        Assert.StartsWith("<http", header!, StringComparison.Ordinal);
        var unsubscribe = new Uri(header!.Trim('<', '>'));
        Assert.Equal(unsubscribe.PathAndQuery, OutboxMail.Link(issue, "/Newsletter/Unsubscribe"));
        Assert.DoesNotContain(email.Split('@')[0], unsubscribe.ToString(), StringComparison.OrdinalIgnoreCase);

        // Opening the link (as a link scanner would) unsubscribes nobody.
        var client = Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using (var opened = await client.GetAsync(new Uri(unsubscribe.PathAndQuery, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        }

        Assert.True(await SubscribedAsync(email));

        // RFC 8058: the mail program POSTs "List-Unsubscribe=One-Click", without cookies or a form token.
        using (var posted = await client.PostAsync(new Uri(unsubscribe.PathAndQuery, UriKind.Relative),
                   new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" })))
        {
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
            Assert.Contains("You are unsubscribed", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.False(await SubscribedAsync(email));
    }

    [Fact]
    public async Task Unsubscribe_WithATamperedToken_SaysTheLinkIsIncomplete()
    {
        var client = Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var posted = await client.PostAsync(new Uri("/Newsletter/Unsubscribe?token=not-a-real-token", UriKind.Relative), new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains("This unsubscribe link is not complete", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("name@localhost")]
    [InlineData("")]
    public async Task Subscribe_ABadAddress_IsRefusedNamingIt(string email)
    {
        using var response = await WebSession.Create(Factory).SubmitFormAsync("/Newsletter", new Dictionary<string, string> { ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter an email address like name@example.com", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issues_AreForEditorsOnly()
    {
        var runner = await WebSession.SignedUpAsync(Factory);
        using var response = await runner.Client.GetAsync(new Uri("/Newsletter/Issues", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task WhatIsNew_ListsEveryGuideUntilAnIssueAnnouncesIt()
    {
        var editor = await EditorAsync();
        var page = await editor.GetPageAsync("/Newsletter/Issues?fromNew=true");
        var body = page.QuerySelector("textarea[name='Input.Body']")!.TextContent;
        Assert.Contains("Guide: Plantar fasciitis", body, StringComparison.Ordinal);
        Assert.Contains("/Guides/plantar_fasciitis", body, StringComparison.Ordinal);
        Assert.Contains("running class", body, StringComparison.Ordinal);
        var announces = page.QuerySelector("input[name='Input.Announces']")!.GetAttribute("value")!;
        Assert.Contains("guide:plantar_fasciitis", announces, StringComparison.Ordinal);

        await SendIssueAsync("Everything new", body, announces, editor);
        var after = await editor.GetPageAsync("/Newsletter/Issues");
        Assert.Contains("Every guide and class has gone out in an issue", after.Body!.TextContent, StringComparison.Ordinal);
    }

    private async Task<string> SubscribeAsync(string email)
    {
        using (var response = await WebSession.Create(Factory).SubmitFormAsync("/Newsletter", new Dictionary<string, string> { ["Input.Email"] = email }))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var mail = await app.Smtp.WaitForAsync(email, m => m.Subject!.StartsWith("Confirm your Footfall newsletter", StringComparison.Ordinal));
        return OutboxMail.Link(mail, "/Newsletter/Confirm");
    }

    private async Task ConfirmAsync(string link)
    {
        using var response = await WebSession.Create(Factory).SubmitFormAsync(link, new Dictionary<string, string>());
        Assert.Contains("Your subscription is confirmed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<WebSession> EditorAsync()
    {
        var email = $"editor-{Guid.NewGuid():N}@example.com";
        var editor = await WebSession.SignedUpAsync(Factory, email);
        await CommunityRoleGrant.GrantAsync(Factory, email, "editor");
        return editor;
    }

    /// <summary>Writes and sends an issue as an editor, and waits until its delivery has finished.</summary>
    private async Task SendIssueAsync(string subject, string body, string announces = "", WebSession? editor = null)
    {
        editor ??= await EditorAsync();
        using (var saved = await editor.PostFormAsync("/Newsletter/Issues", "/Newsletter/Issues?handler=Compose", new Dictionary<string, string>
        {
            ["Input.Subject"] = subject,
            ["Input.Body"] = body,
            ["Input.Announces"] = announces,
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();
        var issue = await db.NewsletterIssues.AsNoTracking().SingleAsync(i => i.Subject == subject);
        using (var sent = await editor.PostFormAsync("/Newsletter/Issues", "/Newsletter/Issues?handler=Send", new Dictionary<string, string> { ["issueId"] = issue.Id.ToString() }))
        {
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (await db.NewsletterIssues.AsNoTracking().AnyAsync(i => i.Id == issue.Id && i.DeliveredAtUtc != null))
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The issue '{subject}' was not delivered within 10 s.");
    }

    private async Task<bool> SubscribedAsync(string email)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FootfallDbContext>().NewsletterSubscriptions
            .AnyAsync(s => s.Email == email && s.ConfirmedAtUtc != null);
    }
}
