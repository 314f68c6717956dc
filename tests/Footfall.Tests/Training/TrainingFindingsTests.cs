using Footfall.Training;
using static Footfall.Tests.Training.TrainingRuns;

namespace Footfall.Tests.Training;

public class TrainingFindingsTests
{
    private static DataFinding Find(IReadOnlyList<DataFinding> findings, string id) => Assert.Single(findings, f => f.FindingId == id);

    // Anchor 60 days ago, four prior windows at 34/27/20/13 days ago, last week at 6 days ago.
    private static IReadOnlyList<DataFinding> Weeks(double prior, double last, params TrackedShoe[] shoes) =>
        TrainingFindings.Derive(
            History(
            [
                DaysAgo(60, 5),
                .. new[] { 34, 27, 20, 13 }.Where(_ => prior > 0).Select(d => DaysAgo(d, prior)),
                .. last > 0 ? [DaysAgo(6, last)] : Array.Empty<RunSummary>(),
            ]),
            shoes, Today);

    [Theory]
    // prior weekly km, last week km, expected number, expected increase, expected description
    [InlineData(29, 42, 44.8, true, "Last 7 days 42 km against a 4-week average of 29 km (+45%), above the 30% week-to-week increase used as a soft flag (Nielsen et al. 2014).")]
    [InlineData(30, 33, 10.0, false, "Last 7 days 33 km against a 4-week average of 30 km (+10%), not above the 30% week-to-week increase used as a soft flag (Nielsen et al. 2014).")]
    [InlineData(20, 10, -50.0, false, "Last 7 days 10 km against a 4-week average of 20 km (-50%), not above the 30% week-to-week increase used as a soft flag (Nielsen et al. 2014).")]
    [InlineData(2, 3, 50.0, false, "Last 7 days 3 km against a 4-week average of 2 km (+50%), but only 1 km more, less than the 5 km that would count as a sharp increase.")]
    public void Derive_WeeklyChangeAndIncrease_FromFiveWeeksOfRuns(
        double prior, double last, double number, bool increase, string description)
    {
        var findings = Weeks(prior, last);

        var change = Find(findings, TrainingFindings.WeeklyDistanceChangePct);
        Assert.Equal(number, change.Number);
        Assert.Null(change.Present);
        Assert.StartsWith(description[..description.IndexOf(')', StringComparison.Ordinal)], change.Description);
        var rise = Find(findings, TrainingFindings.RecentMileageIncrease);
        Assert.Equal(increase, rise.Present);
        Assert.Equal(description, rise.Description);
    }

    [Fact]
    public void Derive_HugeIncrease_IsClampedToTheVocabularyRange()
    {
        var change = Find(Weeks(1, 60), TrainingFindings.WeeklyDistanceChangePct);

        Assert.Equal(1000.0, change.Number);
        Assert.Equal("Last 7 days 60 km against a 4-week average of 1 km (+5900%) (capped at 1000%).", change.Description);
    }

    [Theory]
    // last week km after four empty weeks, expected increase
    [InlineData(12, true)]
    [InlineData(3, false)]
    [InlineData(0, false)]
    public void Derive_AfterFourEmptyWeeks_HasNoPercentButCanBeASharpReturn(double last, bool increase)
    {
        var findings = Weeks(0, last);

        Assert.False(Find(findings, TrainingFindings.WeeklyDistanceChangePct).IsKnown);
        Assert.Equal(increase, Find(findings, TrainingFindings.RecentMileageIncrease).Present);
    }

    [Fact]
    public void Derive_LessThanFiveWeeksOfRecords_LeavesLoadFindingsUnknown()
    {
        var findings = TrainingFindings.Derive(History(DaysAgo(20, 8), DaysAgo(6, 30)), [], Today);

        var change = Find(findings, TrainingFindings.WeeklyDistanceChangePct);
        Assert.False(change.IsKnown);
        Assert.Equal("Footfall's records start on 9 Feb 2026; five weeks of records are needed to compare the last week with the four before.", change.Description);
        Assert.False(Find(findings, TrainingFindings.RecentMileageIncrease).IsKnown);
    }

    [Fact]
    public void Derive_NoRuns_EveryFindingUnknownWithAReason()
    {
        var findings = TrainingFindings.Derive(History(), [], Today);

        Assert.Equal(
            [TrainingFindings.WeeklyDistanceChangePct, TrainingFindings.RecentMileageIncrease, TrainingFindings.WornShoes, TrainingFindings.NewToRunning],
            findings.Select(f => f.FindingId));
        Assert.All(findings, f => Assert.False(f.IsKnown));
        Assert.All(findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Description)));
    }

    public static TheoryData<string, bool?, string> ShoeCases => new()
    {
        { "worn", true, "Worn in the last 4 weeks and past 700 km: \"Old pair\" 720 km." },
        { "fine", false, "Every run in the last 4 weeks was in shoes under 700 km: \"Fresh pair\" 50 km. Visible wear is not known from the data." },
        { "unassigned", null, "1 of 2 runs in the last 4 weeks are not assigned to a shoe still in use, so the data cannot tell whether the shoes worn now are worn out." },
        { "retired", null, "1 of 1 runs in the last 4 weeks are not assigned to a shoe still in use, so the data cannot tell whether the shoes worn now are worn out." },
        { "idle", null, "No runs in the last 4 weeks, so the data cannot tell which shoes are in use." },
    };

    [Theory]
    [MemberData(nameof(ShoeCases))]
    public void Derive_WornShoes_OnlyFromShoesInUse(string scenario, bool? present, string description)
    {
        var old = new TrackedShoe(Guid.NewGuid(), "Old pair", 700_000);
        var fresh = new TrackedShoe(Guid.NewGuid(), "Fresh pair", 40_000);
        var retired = old with { RetiredOn = Today.AddDays(-1) };
        (TrackedShoe[] Shoes, RunSummary[] Runs) setup = scenario switch
        {
            "worn" => ([old, fresh], [DaysAgo(3, 20, old.Id), DaysAgo(2, 10, fresh.Id)]),
            "fine" => ([old, fresh], [DaysAgo(40, 10, old.Id), DaysAgo(2, 10, fresh.Id)]),
            "unassigned" => ([old, fresh], [DaysAgo(2, 10, fresh.Id), DaysAgo(1, 10)]),
            "retired" => ([retired], [DaysAgo(3, 20, retired.Id)]),
            _ => ([old], [DaysAgo(28, 20, old.Id)]),
        };
        var (shoes, runs) = setup;

        var finding = Find(TrainingFindings.Derive(History(runs), shoes, Today), TrainingFindings.WornShoes);

        Assert.Equal(present, finding.Present);
        Assert.Equal(description, finding.Description);
    }

    public static TheoryData<int[], int?, bool?, string> NewToRunningCases => new()
    {
        // days ago of each run, days ago since which the runner says the records are complete, expected, description
        { [.. Enumerable.Range(0, 8).Select(w => 200 + (7 * w)), 3], null, false, "Runs recorded in 8 different weeks before 30 Aug 2025, more than six months ago." },
        { [200, 207, 214, 3], null, null, "Runs recorded in only 3 weeks before 30 Aug 2025; a lack of older records is not evidence of being new to running." },
        { [90, 30, 3], null, null, "Footfall's records start on 1 Dec 2025; a lack of older records is not evidence of being new to running." },
        { [90, 30, 3], 365, true, "The first recorded run was on 1 Dec 2025, and the runner confirmed the records are complete since 1 Mar 2025." },
        { [90, 30, 3], 100, null, "Footfall's records start on 1 Dec 2025; a lack of older records is not evidence of being new to running." },
    };

    [Theory]
    [MemberData(nameof(NewToRunningCases))]
    public void Derive_NewToRunning_OnlyWhatTheDataSupports(int[] daysAgo, int? completeSinceDaysAgo, bool? present, string description)
    {
        var history = History([.. daysAgo.Select(d => DaysAgo(d, 5))]);

        var finding = Find(
            TrainingFindings.Derive(history, [], Today, completeSinceDaysAgo is { } c ? Today.AddDays(-c) : null),
            TrainingFindings.NewToRunning);

        Assert.Equal(present, finding.Present);
        Assert.Equal(description, finding.Description);
    }
}
