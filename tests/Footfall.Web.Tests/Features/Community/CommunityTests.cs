using System.Net;
using System.Text.Json;
using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Features.Community;
using Footfall.Web.Tests.Features.Care;
using Footfall.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Web.Tests.Features.Community;

/// <summary>The community Q&amp;A over HTTP: public pages that never show an account's email, clinicians-only answers, reports, moderation with an audit trail, limits, export and erasure.</summary>
public sealed class CommunityTests(SmtpWebFixture app) : IClassFixture<SmtpWebFixture>
{
    private FootfallWebFactory Factory => app.Factory;

    [Fact]
    public async Task AskedQuestion_IsPublic_UnderTheDisplayName_NeverTheEmail()
    {
        var email = $"asker-{Guid.NewGuid():N}@example.com";
        var runner = await WebSession.SignedUpAsync(Factory, email);
        var name = "Runner " + Guid.NewGuid().ToString("N")[..8];
        var id = await AskAsync(runner, "Heel pain on my first steps in the morning", "It eases after ten minutes of walking and comes back after long runs.", name);

        var anonymous = WebSession.Create(Factory);
        var page = await anonymous.GetPageAsync($"/Community/Question/{id}");
        Assert.Contains(name, page.QuerySelector(".post-meta")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(email, page.DocumentElement.OuterHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(email.Split('@')[0], page.DocumentElement.OuterHtml, StringComparison.OrdinalIgnoreCase);
        var index = await anonymous.GetPageAsync("/Community");
        Assert.Contains("Heel pain on my first steps in the morning", index.QuerySelector(".question-list")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Everything you post here is public", (await runner.GetPageAsync("/Community/Ask")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_NeedsAnAccount()
    {
        using var response = await WebSession.Create(Factory).Client.GetAsync(new Uri("/Community/Ask", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Short", "A body that is long enough to be a question.", "Give the question a title of one line")]
    [InlineData("A perfectly good title here", "Too short", "Write at least 20 characters for the question")]
    [InlineData("A perfectly good title here", "See https://a.example https://b.example https://c.example for cheap shoes!!", "at most 2 links")]
    public async Task Ask_BadText_IsRefusedNamingWhatIsWrong(string title, string body, string message)
    {
        var runner = await WebSession.SignedUpAsync(Factory);
        using var response = await runner.SubmitFormAsync("/Community/Ask", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Name " + Guid.NewGuid().ToString("N")[..8],
            ["Input.Title"] = title,
            ["Input.Body"] = body,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_OverTheLengthLimit_IsRefused()
    {
        var runner = await WebSession.SignedUpAsync(Factory);
        using var response = await runner.SubmitFormAsync("/Community/Ask", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Long " + Guid.NewGuid().ToString("N")[..8],
            ["Input.Title"] = "A question that goes on and on",
            ["Input.Body"] = new string('a', CommunityLimits.BodyMax + 1),
        });
        Assert.Contains("keep it to 4,000", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_MoreThanThreeAnHour_IsRefused()
    {
        var runner = await WebSession.SignedUpAsync(Factory);
        var name = "Busy " + Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < CommunityLimits.QuestionsPerHour; i++)
        {
            await AskAsync(runner, $"Question number {i} about my sore arch", "My arch aches after every run this week.", name);
        }

        using var response = await runner.SubmitFormAsync("/Community/Ask", new Dictionary<string, string>
        {
            ["Input.Title"] = "One question too many today",
            ["Input.Body"] = "My arch aches after every run this week.",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You have asked 3 questions in the last hour", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisplayName_TakenByAnother_IsRefused()
    {
        var name = "Taken " + Guid.NewGuid().ToString("N")[..8];
        await AskAsync(await WebSession.SignedUpAsync(Factory), "The first runner's question here", "Some details about the pain I feel.", name);
        var second = await WebSession.SignedUpAsync(Factory);
        using var response = await second.SubmitFormAsync("/Community/Ask", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = name.ToUpperInvariant(),
            ["Input.Title"] = "The second runner's question",
            ["Input.Body"] = "Some details about the pain I feel.",
        });
        Assert.Contains("Someone already posts as", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_FromARunner_IsRefused_FromAClinician_IsMarkedVerified()
    {
        var runner = await WebSession.SignedUpAsync(Factory);
        var id = await AskAsync(runner, "Forefoot burning in my new racing flats", "Burning between the third and fourth toes after 10 km.", "Flats " + Guid.NewGuid().ToString("N")[..8]);

        var other = await WebSession.SignedUpAsync(Factory);
        using (var refused = await other.PostFormAsync($"/Community/Question/{id}", $"/Community/Question/{id}?handler=Answer", new Dictionary<string, string> { ["Input.Body"] = "Just run through it, it always goes away." }))
        {
            Assert.Contains("Only verified clinicians", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var world = await CareWorld.CreateAsync(Factory);
        using (var answered = await world.Practitioner.PostFormAsync($"/Community/Question/{id}", $"/Community/Question/{id}?handler=Answer", new Dictionary<string, string>
        {
            ["Input.Body"] = "That sounds like an irritated nerve between the toes; try a wider toe box and see a clinician if it persists.",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        }

        var page = await WebSession.Create(Factory).GetPageAsync($"/Community/Question/{id}");
        var answer = page.QuerySelectorAll("article.post")[1];
        Assert.Contains("Dana Reyes", answer.TextContent, StringComparison.Ordinal);
        Assert.Contains("Verified physiotherapist", answer.QuerySelector(".tag-clinician")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Just run through it", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_ThenModeratorHides_IsGoneFromThePublic_Audited_AndCanBeRestored()
    {
        var author = await WebSession.SignedUpAsync(Factory);
        var id = await AskAsync(author, "Question with my phone number in it", "Call me on 555 0100, my knee and foot hurt.", "Phone " + Guid.NewGuid().ToString("N")[..8]);
        var reporter = await WebSession.SignedUpAsync(Factory);
        using (var reported = await reporter.PostFormAsync($"/Community/Question/{id}", $"/Community/Question/{id}?handler=Report", new Dictionary<string, string>
        {
            ["postId"] = id.ToString(),
            ["reason"] = ReportReasons.PersonalDetails,
            ["note"] = "A phone number.",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        }

        // Not a moderator: the queue and the moderation action do not exist for them.
        using (var queue = await reporter.Client.GetAsync(new Uri("/Community/Moderation", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, queue.StatusCode);
        }

        using (var forbidden = await reporter.PostFormAsync($"/Community/Question/{id}", $"/Community/Question/{id}?handler=Moderate", new Dictionary<string, string> { ["postId"] = id.ToString(), ["decision"] = "Hide" }))
        {
            Assert.Equal(HttpStatusCode.NotFound, forbidden.StatusCode);
        }

        var moderatorEmail = $"mod-{Guid.NewGuid():N}@example.com";
        var moderator = await WebSession.SignedUpAsync(Factory, moderatorEmail);
        await CommunityRoleGrant.GrantAsync(Factory, moderatorEmail, "moderator");
        var worklist = await moderator.GetPageAsync("/Community/Moderation");
        Assert.Contains("A phone number.", worklist.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("personal or health details", worklist.Body.TextContent, StringComparison.Ordinal);
        using (var hidden = await moderator.PostFormAsync("/Community/Moderation", "/Community/Moderation", new Dictionary<string, string> { ["postId"] = id.ToString(), ["decision"] = "Hide" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, hidden.StatusCode);
        }

        using (var gone = await WebSession.Create(Factory).Client.GetAsync(new Uri($"/Community/Question/{id}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        Assert.DoesNotContain("Question with my phone number", (await WebSession.Create(Factory).GetPageAsync("/Community")).Body!.TextContent, StringComparison.Ordinal);
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();
            var moderatorId = (await db.Users.SingleAsync(u => u.Email == moderatorEmail)).Id;
            var entry = await db.AuditEntries.SingleAsync(e => e.Action == AuditActions.PostHidden && e.RecordId == id.ToString());
            Assert.Equal(moderatorId, entry.ActorId);
            Assert.Equal("CommunityPost", entry.RecordType);
            Assert.Null(entry.Detail);
            Assert.True(await db.PostReports.Where(r => r.PostId == id).AllAsync(r => r.ResolvedAtUtc != null));
        }

        using (var restored = await moderator.PostFormAsync("/Community/Moderation", "/Community/Moderation", new Dictionary<string, string> { ["postId"] = id.ToString(), ["decision"] = "Restore" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        }

        await WebSession.Create(Factory).GetPageAsync($"/Community/Question/{id}");
    }

    [Fact]
    public async Task ExportHoldsThePosts_DeleteErasesThemAndTheSubscription()
    {
        var email = $"leaver-{Guid.NewGuid():N}@example.com";
        var runner = await WebSession.SignedUpAsync(Factory, email);
        var id = await AskAsync(runner, "Will my plantar fascia ever settle", "Eight weeks of heel pain and counting.", "Leaver " + Guid.NewGuid().ToString("N")[..8]);
        using (var subscribed = await runner.SubmitFormAsync("/Newsletter", new Dictionary<string, string> { ["Input.Email"] = email }))
        {
            Assert.Equal(HttpStatusCode.Redirect, subscribed.StatusCode);
        }

        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();
        var userId = (await db.Users.SingleAsync(u => u.Email == email)).Id;
        using (var buffer = new MemoryStream())
        {
            await scope.ServiceProvider.GetRequiredService<Footfall.Web.Features.Account.ExportAccount>().ExecuteAsync(new(userId, userId), buffer, default);
            var json = JsonDocument.Parse(buffer.ToArray()).RootElement;
            Assert.Equal("Eight weeks of heel pain and counting.", json.GetProperty("community").GetProperty("posts")[0].GetProperty("Body").GetString());
            Assert.Equal(email, json.GetProperty("newsletter").GetProperty("Email").GetString());
        }

        Assert.True(await scope.ServiceProvider.GetRequiredService<Footfall.Web.Features.Account.DeleteAccount>()
            .ExecuteAsync(new(userId, userId), default));
        Assert.False(await db.CommunityPosts.AnyAsync(p => p.Id == id));
        Assert.False(await db.CommunityProfiles.AnyAsync(p => p.UserId == userId));
        Assert.False(await db.NewsletterSubscriptions.AnyAsync(s => s.Email == email));
    }

    internal static async Task<Guid> AskAsync(WebSession runner, string title, string body, string displayName)
    {
        using var response = await runner.SubmitFormAsync("/Community/Ask", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = displayName,
            ["Input.Title"] = title,
            ["Input.Body"] = body,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return Guid.Parse(response.Headers.Location!.ToString().Split('/')[^1]);
    }
}
