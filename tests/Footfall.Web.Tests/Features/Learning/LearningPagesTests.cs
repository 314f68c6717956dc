using System.Net;
using System.Net.Http.Json;
using Footfall.Assessment.Knowledge;
using Footfall.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Web.Tests.Features.Learning;

/// <summary>The guides, the running class, the shoe and form checks and the about pages over real HTTP.</summary>
public sealed class LearningPagesTests(FootfallWebFactory factory) : IClassFixture<FootfallWebFactory>
{
    private const string PendingReview = "clinical review pending";

    [Fact]
    public async Task GuideList_LinksAGuideForEveryCondition()
    {
        var page = await WebSession.Create(factory).GetPageAsync("/Guides");

        var links = page.QuerySelectorAll(".guide-card h2 a").Select(a => a.GetAttribute("href")).ToHashSet();
        var knowledge = factory.Services.GetRequiredService<KnowledgeBase>();
        Assert.All(knowledge.Conditions, c => Assert.Contains($"/Guides/{c.Id}", links));
    }

    [Fact]
    public async Task EveryGuide_ShowsItsSectionsCitationsFromSourcesYamlAndTheReviewStatus()
    {
        var knowledge = factory.Services.GetRequiredService<KnowledgeBase>();
        var visitor = WebSession.Create(factory);
        var citations = knowledge.Sources.Values.ToHashSet();
        foreach (var condition in knowledge.Conditions)
        {
            var page = await visitor.GetPageAsync($"/Guides/{condition.Id}");
            var main = page.QuerySelector("main")!.TextContent;
            Assert.Equal(condition.Name, page.QuerySelector("h1")!.TextContent);
            foreach (var heading in new[] { "Who gets it", "The questions that point to it", "What recovery looks like", "How long it usually takes", "When to see someone", "Sources" })
            {
                Assert.True(main.Contains(heading, StringComparison.Ordinal), $"{condition.Id}: no '{heading}'");
            }

            var cited = page.QuerySelectorAll(".citations li").Select(li => li.TextContent).ToList();
            Assert.NotEmpty(cited);
            Assert.All(cited, c => Assert.True(citations.Contains(c), $"{condition.Id} cites '{c}', which sources.yaml lacks"));
            Assert.Contains(PendingReview, main, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task FatPadGuide_TellsItFromPlantarFasciitisByFirstSteps_AndAsksAboutCupping()
    {
        var page = await WebSession.Create(factory).GetPageAsync("/Guides/fat_pad_syndrome");

        var lookAlike = page.QuerySelectorAll(".look-alike").Single(c => c.QuerySelector("h3")!.TextContent.StartsWith("Plantar fasciitis", StringComparison.Ordinal));
        var row = lookAlike.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("first steps in the morning", StringComparison.Ordinal));
        Assert.Equal(["sometimes", "almost always"], row.QuerySelectorAll("td").Select(td => td.TextContent).ToArray());
        Assert.Contains(page.QuerySelectorAll(".clue-for .clue-q"), q => q.TextContent.Contains("cupped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownGuide_IsNotFound()
    {
        using var response = await WebSession.Create(factory).Client.GetAsync(new Uri("/Guides/no_such_condition", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Class_ListsEveryExerciseWithItsDrawingDoseAndTimerButtons_ScriptFromWwwroot()
    {
        var page = await WebSession.Create(factory).GetPageAsync("/Learn/Class");

        var items = page.QuerySelectorAll("[data-class-item]");
        Assert.True(items.Length >= 10);
        Assert.All(items, i => Assert.NotNull(i.QuerySelector("svg title")));
        Assert.All(items, i => Assert.NotEmpty(i.GetAttribute("data-sets")!));
        Assert.NotNull(page.QuerySelector("[data-player-toggle]"));
        Assert.NotNull(page.QuerySelector("[aria-live=polite][data-player-status]"));
        Assert.Contains(page.QuerySelectorAll("script"), s => s.GetAttribute("src")?.StartsWith("/js/class-timer.js", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.GetAttribute("src") is null);
        Assert.Contains(PendingReview, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShoeCheck_SignedIn_ShowsThePickedShoesMileageBesideThePatterns()
    {
        var runner = await WebSession.SignedUpAsync(factory);
        using var created = await runner.Client.PostAsJsonAsync("/api/v1/shoes", new { name = "Clifton 9", initialDistanceKm = 760 });
        created.EnsureSuccessStatusCode();
        using var other = await runner.Client.PostAsJsonAsync("/api/v1/shoes", new { name = "Novablast", initialDistanceKm = 120 });
        var novablast = (await other.Content.ReadFromJsonAsync<IdOnly>())!.Id;

        var page = await runner.GetPageAsync("/Learn/ShoeCheck");
        Assert.Contains("Clifton 9: 760 km", page.QuerySelector(".shoe-distance")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("counts this pair as worn", page.QuerySelector(".shoe-mine")!.TextContent, StringComparison.Ordinal);
        Assert.True(page.QuerySelectorAll(".wear-pattern img[alt]").Length >= 5);

        var picked = await runner.GetPageAsync($"/Learn/ShoeCheck?shoe={novablast}");
        Assert.Contains("Novablast: 120 km", picked.QuerySelector(".shoe-distance")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("580 km to go", picked.QuerySelector(".shoe-mine")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShoeCheck_SomeoneElsesShoeId_ShowsOnlyYourOwn()
    {
        var alice = await WebSession.SignedUpAsync(factory);
        using var created = await alice.Client.PostAsJsonAsync("/api/v1/shoes", new { name = "Alice's secret shoe", initialDistanceKm = 10 });
        var id = (await created.Content.ReadFromJsonAsync<IdOnly>())!.Id;
        var bob = await WebSession.SignedUpAsync(factory);

        var page = await bob.GetPageAsync($"/Learn/ShoeCheck?shoe={id}");

        Assert.DoesNotContain("Alice's secret shoe", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("No shoes in Footfall yet", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormCheck_Anonymous_GivesTheFilmingGuideAndAsksToSignInForTrends()
    {
        var page = await WebSession.Create(factory).GetPageAsync("/Learn/FormCheck");
        var main = page.QuerySelector("main")!.TextContent;

        Assert.Contains("From the side", main, StringComparison.Ordinal);
        Assert.Contains("From behind", main, StringComparison.Ordinal);
        Assert.Contains("Sign in", page.QuerySelector(".form-trends")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormCheck_SignedInWithoutGaitData_SaysWhatIsNeeded()
    {
        var runner = await WebSession.SignedUpAsync(factory);

        var page = await runner.GetPageAsync("/Learn/FormCheck");

        Assert.Contains("None of your imported runs recorded cadence", page.QuerySelector(".form-trends")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/About", "How the content is made")]
    [InlineData("/Privacy", "Download everything")]
    [InlineData("/Terms", "Guidance, not a diagnosis")]
    [InlineData("/Contact", "Not for health questions or emergencies")]
    [InlineData("/Learn", "Condition guides")]
    public async Task AboutPages_AreOpenAndLinkedFromEveryPage(string path, string text)
    {
        var visitor = WebSession.Create(factory);
        var page = await visitor.GetPageAsync(path);

        Assert.Contains(text, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var home = await visitor.GetPageAsync("/");
        Assert.NotNull(home.QuerySelector($"a[href='{path}']"));
    }

    [Fact]
    public async Task Result_LinksEachLikelyConditionToItsGuide_AndShowsTheReviewStatus()
    {
        var visitor = WebSession.Create(factory);
        var result = await InterviewHttp.FinishedAsync(visitor);

        Assert.NotEmpty(result.QuerySelectorAll(".condition a[href^='/Guides/']"));
        Assert.Contains(PendingReview, result.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    private sealed record IdOnly(Guid Id);
}
