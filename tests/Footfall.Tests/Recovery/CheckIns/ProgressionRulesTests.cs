using Footfall.Recovery;
using Footfall.Recovery.CheckIns;

using Footfall.Tests.Recovery;

namespace Footfall.Tests.Recovery.CheckIns;

public sealed class ProgressionRulesTests
{
    // The limits of knowledge/recovery/pain-models.yaml, fixed here so the rules are tested on their own.
    private static readonly PainMonitoringModel Tendon = new("tendon_fascia", "Tendon", 3, 5, 2, 15, 8, 3, "test");
    private static readonly PainMonitoringModel Bone = new("bone", "Bone", 0, 2, 1, 15, 5, 3, "test");

    public static TheoryData<string, string, ProgressionDecision, string> Patterns() => new()
    {
        // model, check-ins (oldest first), expected decision, expected rule
        { "tendon", "", ProgressionDecision.Hold, ProgressionRules.NoCheckIn },
        { "tendon", "F2 D3 A2 R5|F2 D2 A2 R5|F2 D3 A3 R5", ProgressionDecision.Progress, ProgressionRules.WithinLimits },
        { "tendon", "F2 D2 A2 R5|F2 D3 A2 R5", ProgressionDecision.Hold, ProgressionRules.NotEnoughGoodDays },
        { "tendon", "F2 D4 A3 R5", ProgressionDecision.Hold, ProgressionRules.DuringAboveSafe },
        { "tendon", "F2 D5 A3 R5", ProgressionDecision.Hold, ProgressionRules.DuringAboveSafe },
        { "tendon", "F2 D6 A3 R5", ProgressionDecision.StepBack, ProgressionRules.DuringAboveAcceptable },
        { "tendon", "F2 D3 A4 R5", ProgressionDecision.Hold, ProgressionRules.AfterAboveSafe },
        { "tendon", "F2 D3 A6 R5", ProgressionDecision.StepBack, ProgressionRules.AfterAboveAcceptable },
        { "tendon", "F4 D2 A2 X", ProgressionDecision.Hold, ProgressionRules.FirstStepsAboveSafe },
        { "tendon", "F6 D2 A2 X", ProgressionDecision.StepBack, ProgressionRules.FirstStepsAboveAcceptable },
        { "tendon", "F2 D3 A3 R5|F3 D2 A2 X", ProgressionDecision.Hold, ProgressionRules.MorningRoseHold },
        { "tendon", "F2 D3 A3 R5|F4 D2 A2 X", ProgressionDecision.StepBack, ProgressionRules.MorningRoseStepBack },
        { "tendon", "F2 D3 A3 R5 N5", ProgressionDecision.StepBack, ProgressionRules.MorningRoseStepBack },
        { "tendon", "F3 D3 A3 R5 N3|F3 D2 A2 R5 N2|F2 D2 A2 R5 N2", ProgressionDecision.Progress, ProgressionRules.WithinLimits },
        { "tendon", "F2 S10 D2 A2 R5|F2 S30 D2 A2 R5", ProgressionDecision.Hold, ProgressionRules.StiffnessRose },
        { "tendon", "F2 D8 A5 R5", ProgressionDecision.StepBack, ProgressionRules.SeverePain },
        { "tendon", "F2 Z|F2 Z|F2 Z", ProgressionDecision.Hold, ProgressionRules.NoLoadTested },
        { "tendon", "Z", ProgressionDecision.Hold, ProgressionRules.NoPainScores },
        { "tendon", "F2 D6 R5|F2 D2 A2 R5|F2 D2 A2 R5", ProgressionDecision.Hold, ProgressionRules.NotEnoughGoodDays },
        { "tendon", "F2 D6 R5|F2 D2 A2 R5|F2 D2 A2 R5|F2 D2 A2 R5", ProgressionDecision.Progress, ProgressionRules.WithinLimits },
        { "tendon", "F2 D2 A2 R5|F2 D2 A2 R5|F2 D2 A2 E", ProgressionDecision.Progress, ProgressionRules.WithinLimits },
        { "bone", "F0 D0 A0 E|F0 D0 A0 E|F0 D0 A0 E", ProgressionDecision.Progress, ProgressionRules.WithinLimits },
        { "bone", "F0 D1 A0 E", ProgressionDecision.Hold, ProgressionRules.DuringAboveSafe },
        { "bone", "F0 D3 A0 E", ProgressionDecision.StepBack, ProgressionRules.DuringAboveAcceptable },
        { "bone", "F0 D0 A0 E|F1 D0 A0 E", ProgressionDecision.StepBack, ProgressionRules.MorningRoseStepBack },
        { "bone", "F0 D0 A3 E", ProgressionDecision.StepBack, ProgressionRules.AfterAboveAcceptable },
        { "bone", "F5 D0 A0", ProgressionDecision.StepBack, ProgressionRules.SeverePain },
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Decide_PainPattern_GivesExpectedAdviceAndRule(string model, string pattern, ProgressionDecision decision, string rule)
    {
        var advice = ProgressionRules.Decide(CheckInPattern.Parse(pattern), model == "bone" ? Bone : Tendon);

        Assert.Equal((decision, rule), (advice.Decision, advice.RuleId));
        Assert.False(string.IsNullOrWhiteSpace(advice.Reason));
    }

    [Theory]
    [InlineData("F2 D6 A3 R5", "Pain during running was 6/10, above the 5/10 limit: step back.")]
    [InlineData("F2 D6 A3 X", "Pain during activity was 6/10, above the 5/10 limit: step back.")]
    [InlineData("F2 D4 A3 R5", "Pain during running was 4/10: acceptable (up to 5/10) but above the 3/10 needed to progress, so hold.")]
    [InlineData("F2 D3 A3 R5|F4 D2 A2 X", "Pain the morning after Mon 2 Nov rose from 2/10 to 4/10: it did not settle by the next morning, so step back.")]
    [InlineData("F2 D9 R5", "Pain reached 9/10, at or above 8/10: step back, rest from the painful activity and see a clinician.")]
    public void Decide_Reason_StatesTheRuleWithTheRunnersNumbers(string pattern, string reason)
    {
        var advice = ProgressionRules.Decide(CheckInPattern.Parse(pattern), Tendon);

        Assert.Equal(reason, advice.Reason);
    }

    [Theory]
    [InlineData("F2 D8 R5", true)]
    [InlineData("F2 D7 R5", false)]
    public void Decide_SeverePain_AlsoAdvisesAClinician(string pattern, bool seeClinician)
    {
        var advice = ProgressionRules.Decide(CheckInPattern.Parse(pattern), Tendon);

        Assert.Equal(ProgressionDecision.StepBack, advice.Decision);
        Assert.Equal(seeClinician, advice.SeeClinician);
    }

    [Fact]
    public void Decide_CheckInsOutOfOrder_JudgesTheLatestDay()
    {
        var days = CheckInPattern.Parse("F2 D2 A2 R5|F2 D2 A2 R5|F2 D6 A2 R5");
        var shuffled = new[] { days[2], days[0], days[1] };

        var advice = ProgressionRules.Decide(shuffled, Tendon);

        Assert.Equal(ProgressionRules.DuringAboveAcceptable, advice.RuleId);
    }

    [Fact]
    public void Decide_MorningRiseOlderThanYesterday_NoLongerHoldsBack()
    {
        // Day 2's first steps rose from 2 to 3 after day 1; days 3 to 5 are settled, so progress.
        var advice = ProgressionRules.Decide(CheckInPattern.Parse("F2 D3 R5|F3 D2 R5|F3 D2 A2 R5|F3 D2 A2 R5|F3 D2 A2 R5"), Tendon);

        Assert.Equal(ProgressionDecision.Progress, advice.Decision);
    }

    [Theory]
    [InlineData("F2 D2 A2 R5", 1, ProgressionDecision.Progress)]
    [InlineData("F2 D2 A2 R5", 3, ProgressionDecision.Hold)]
    public void Decide_GoodDaysOverride_WalkRunJudgesEachSession(string pattern, int goodDays, ProgressionDecision expected)
    {
        var advice = ProgressionRules.Decide(CheckInPattern.Parse(pattern), Tendon, goodDays);

        Assert.Equal(expected, advice.Decision);
    }
}
