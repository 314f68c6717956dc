using Footfall.Data.Activities;
using Footfall.Tests.Support;
using Footfall.Training;
using Microsoft.Extensions.Time.Testing;

namespace Footfall.Tests.Data.Activities;

public class TrainingEvidenceTests
{
    [Fact]
    public async Task ForOwnerAsync_ImportedRuns_GiveTheFourFindingsFromTheOwnersDataOnly()
    {
        await using var data = await TestDatabase.CreateAsync();
        var owner = await data.AddUserAsync("a@example.com");
        var other = await data.AddUserAsync("b@example.com");
        await using (var db = data.Context())
        {
            await new ActivityImporter(db, new FakeTimeProvider(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero))).ImportAsync(
                other, [ActivityImporterTests.Sample("activity-small-fenix2-run.fit")]);
        }

        await using var read = data.Context();
        var findings = await TrainingEvidence.ForOwnerAsync(read, owner, new DateOnly(2026, 11, 21), TimeZoneInfo.Utc, DistanceUnit.Kilometres);
        var runs = await TrainingEvidence.LoadRunsAsync(read, other);

        Assert.Equal(
            [TrainingFindings.WeeklyDistanceChangePct, TrainingFindings.RecentMileageIncrease, TrainingFindings.WornShoes, TrainingFindings.NewToRunning],
            findings.Select(f => f.FindingId).ToArray());
        Assert.DoesNotContain(findings, f => f.FindingId == TrainingFindings.WeeklyDistanceChangePct && f.IsKnown);
        var run = Assert.Single(runs);
        Assert.True(run.CountsAsRun);
        Assert.True(run.DistanceMeters > 0);
    }
}
