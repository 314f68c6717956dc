using AngleSharp.Html.Dom;
using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Footfall.Web.Tests.Features.Assessment;

/// <summary>A signed-in runner's imported runs become evidence in their assessment, and the result says so.</summary>
public abstract class DataEvidenceTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : FootfallWebFactory
{
    [Fact]
    public async Task MileageJumpInImportedRuns_ShowsAsEvidenceFromData()
    {
        var email = $"data-{Guid.NewGuid():N}@example.com";
        var runner = await WebSession.SignedUpAsync(factory, email);
        await AddRunsAsync(email, weeklyKm: [20, 20, 20, 20, 20, 20, 40]);

        var result = await FinishedInterviewAsync(runner);

        var text = result.QuerySelector("main")!.TextContent;
        Assert.Contains("From your running data", text);
        Assert.Contains("km", text);
    }

    [Fact]
    public async Task AnonymousRunner_GetsNoDataEvidence()
    {
        var result = await FinishedInterviewAsync(WebSession.Create(factory));

        Assert.DoesNotContain("From your running data", result.QuerySelector("main")!.TextContent);
    }

    private async Task AddRunsAsync(string email, int[] weeklyKm)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FootfallDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var today = clock.GetUtcNow().UtcDateTime.Date;
        for (var week = 0; week < weeklyKm.Length; week++)
        {
            // Three runs a week; the last week ends yesterday.
            for (var run = 0; run < 3; run++)
            {
                var start = today.AddDays(-(7 * (weeklyKm.Length - week)) + 1 + (run * 2)).AddHours(7);
                db.Activities.Add(new ActivityRecord
                {
                    Id = Guid.NewGuid(),
                    OwnerId = user.Id,
                    Sport = Footfall.Activities.Sport.Running,
                    StartUtc = DateTime.SpecifyKind(start, DateTimeKind.Utc),
                    DurationSeconds = weeklyKm[week] / 3.0 * 330,
                    DistanceMeters = weeklyKm[week] / 3.0 * 1000,
                    SourceFormat = "fit",
                    SourceName = $"run-{week}-{run}.fit",
                    ContentHash = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"),
                    ImportedAtUtc = DateTime.UtcNow,
                });
            }
        }

        await db.SaveChangesAsync();
    }

    private static Task<IHtmlDocument> FinishedInterviewAsync(WebSession runner) => InterviewHttp.FinishedAsync(runner);
}

/// <summary>The same tests on SQLite, the default database.</summary>
public sealed class DataEvidenceTestsOnSqlite(FootfallWebFactory factory) : DataEvidenceTests<FootfallWebFactory>(factory);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class DataEvidenceTestsOnPostgres(PostgresWebFactory factory) : DataEvidenceTests<PostgresWebFactory>(factory);
