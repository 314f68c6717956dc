using Footfall.Recovery;
using Footfall.Recovery.CheckIns;
using Footfall.Tests.Recovery.CheckIns;

namespace Footfall.Tests.Recovery;

public sealed class RecoveryProgressTests
{
    private static RecoveryPlan PlantarFasciitis => RecoveryKnowledgeTests.Knowledge.Plans["plantar_fasciitis"];

    private static RecoveryPlan Metatarsal => RecoveryKnowledgeTests.Knowledge.Plans["metatarsal_stress_fracture"];

    private const string ThreeGoodDays = "F2 D2 A2 R5|F2 D2 A2 R5|F2 D2 A2 R5";

    private static readonly PhaseEvidence AllPassed = new()
    {
        HeelRaisesSore = 26,
        HeelRaisesOther = 27,
        PainFreeBriskWalkMinutes = 30,
        PainFreeHops = 15,
        PainFreeSingleLegSquats = 10,
        SingleLegStandSeconds = 30,
        BonyTenderness = false,
        ClinicianCleared = true,
        DaysInPhase = 28,
    };

    [Fact]
    public void Next_Phase1CriteriaMet_MovesToPhase2()
    {
        var step = RecoveryProgress.Next(PlantarFasciitis, PlanPosition.Start, CheckInPattern.Parse(ThreeGoodDays), new PhaseEvidence { DaysInPhase = 7 });

        Assert.Equal(PlanStage.RestoreCapacity, step.Position.Stage);
        Assert.True(step.Moved);
        Assert.True(step.Review!.AllMet);
    }

    [Fact]
    public void Next_Phase1TooEarly_ProgressesLoadButStaysAndSaysWhatIsMissing()
    {
        var step = RecoveryProgress.Next(PlantarFasciitis, PlanPosition.Start, CheckInPattern.Parse(ThreeGoodDays), new PhaseEvidence { DaysInPhase = 3 });

        Assert.Equal(ProgressionDecision.Progress, step.Advice.Decision);
        Assert.Equal(PlanStage.SettlePain, step.Position.Stage);
        var missing = Assert.Single(step.Review!.Outstanding);
        Assert.Equal("days_in_phase_7", missing.Criterion.Id);
        Assert.Contains("7 days in this phase (now 3)", step.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_Phase3AllCriteriaAndGateMet_StartsWalkRunDay1()
    {
        var step = RecoveryProgress.Next(PlantarFasciitis, new PlanPosition(PlanStage.GlobalPattern), CheckInPattern.Parse(ThreeGoodDays), AllPassed);

        Assert.Equal(new PlanPosition(PlanStage.ReturnToRun, 1), step.Position);
    }

    [Theory]
    [InlineData(24, 0, false)]
    [InlineData(25, 0, true)]
    [InlineData(19, 21, true)]
    [InlineData(18, 24, false)]
    public void Next_Phase3HeelRaises_25OrSymmetricWithTheOtherSide(int sore, int other, bool moves)
    {
        var evidence = AllPassed with { HeelRaisesSore = sore, HeelRaisesOther = other == 0 ? null : other };

        var step = RecoveryProgress.Next(PlantarFasciitis, new PlanPosition(PlanStage.GlobalPattern), CheckInPattern.Parse(ThreeGoodDays), evidence);

        Assert.Equal(moves, step.Position.Stage == PlanStage.ReturnToRun);
    }

    [Fact]
    public void Next_BoneInjuryEverythingButClearance_DoesNotStartRunning()
    {
        var pattern = "F0 D0 A0 E|F0 D0 A0 E|F0 D0 A0 E";
        var step = RecoveryProgress.Next(Metatarsal, new PlanPosition(PlanStage.GlobalPattern), CheckInPattern.Parse(pattern), AllPassed with { ClinicianCleared = null });

        Assert.Equal(PlanStage.GlobalPattern, step.Position.Stage);
        Assert.Contains(step.Review!.Outstanding, r => r.Criterion.Kind == CriterionKind.ClinicianClearance && r.Status == CriterionStatus.Unknown);
    }

    [Theory]
    [InlineData("F2 D2 A2 R5|F2 D6 A2 R5", PlanStage.RestoreCapacity)]
    [InlineData("F2 D6 A2 R5|F2 D6 A2 R5", PlanStage.SettlePain)]
    [InlineData("F2 D2 A2 R5|F2 D9 A2 R5", PlanStage.SettlePain)]
    [InlineData("F2 D4 A2 R5|F2 D4 A2 R5", PlanStage.RestoreCapacity)]
    public void Next_Phase2StepBack_PreviousPhaseOnlyWhenRepeatedOrSevere(string pattern, PlanStage expected)
    {
        var step = RecoveryProgress.Next(PlantarFasciitis, new PlanPosition(PlanStage.RestoreCapacity), CheckInPattern.Parse(pattern), AllPassed);

        Assert.Equal(expected, step.Position.Stage);
    }

    [Fact]
    public void Next_Phase1RepeatedStepBack_StaysInPhase1()
    {
        var step = RecoveryProgress.Next(PlantarFasciitis, PlanPosition.Start, CheckInPattern.Parse("F2 D6 R5|F2 D6 R5"), AllPassed);

        Assert.Equal(PlanPosition.Start, step.Position);
        Assert.Equal(ProgressionDecision.StepBack, step.Advice.Decision);
    }

    [Theory]
    [InlineData(5, "F2 D2 A2 R5", PlanStage.ReturnToRun, 6)]
    [InlineData(8, "F2 D2 A2 R5", PlanStage.ReturnToRun, 9)]
    [InlineData(8, "F2 D4 A2 R5", PlanStage.ReturnToRun, 8)]
    [InlineData(10, "F2 D6 A2 R5", PlanStage.ReturnToRun, 8)]
    [InlineData(7, "F2 D6 A2 R5", PlanStage.ReturnToRun, 6)]
    [InlineData(1, "F2 D6 A2 R5", PlanStage.GlobalPattern, 0)]
    [InlineData(21, "F2 D2 A2 R5", PlanStage.Completed, 0)]
    [InlineData(9, "F2 D2 A2 R5|F2 Z", PlanStage.ReturnToRun, 10)]
    [InlineData(9, "F2 D2 A2 R5|F2 X", PlanStage.ReturnToRun, 10)]
    [InlineData(9, "F2 D2 A2 R5|F3 Z", PlanStage.ReturnToRun, 9)]
    [InlineData(9, "F2 D2 A2 R5|F6 Z", PlanStage.ReturnToRun, 8)]
    [InlineData(6, "F2 D2 A2 R5|F2 Z", PlanStage.ReturnToRun, 6)]
    public void Next_WalkRun_EachSessionProgressesHoldsOrGoesBackASessionWithImpact(int day, string pattern, PlanStage stage, int nextDay)
    {
        var step = RecoveryProgress.Next(PlantarFasciitis, new PlanPosition(PlanStage.ReturnToRun, day), CheckInPattern.Parse(pattern), PhaseEvidence.None);

        Assert.Equal(new PlanPosition(stage, nextDay), step.Position);
    }

    [Fact]
    public void Next_WalkRunProgress_ExplainsTomorrowsSession()
    {
        var step = RecoveryProgress.Next(PlantarFasciitis, new PlanPosition(PlanStage.ReturnToRun, 5), CheckInPattern.Parse("F2 D2 A2 R5"), PhaseEvidence.None);

        Assert.Equal("Tomorrow: day 6: Walk 15 min, jog 5 min, walk 10 min.", step.Explanation);
    }

    [Theory]
    [InlineData(CriterionKind.MaxPainDuringActivity, "F2 D3 A2 R5|F2 D3 A2 R5|F2 D2 A2 R5", CriterionStatus.Met)]
    [InlineData(CriterionKind.MaxPainDuringActivity, "F2 D4 A2 R5|F2 D3 A2 R5|F2 D2 A2 R5", CriterionStatus.NotMet)]
    [InlineData(CriterionKind.MaxPainDuringActivity, "F2 Z", CriterionStatus.Unknown)]
    [InlineData(CriterionKind.SettledByNextMorning, "F3 D3 R5|F3 D2 R5", CriterionStatus.Met)]
    [InlineData(CriterionKind.SettledByNextMorning, "F2 D3 R5|F3 D2 R5", CriterionStatus.NotMet)]
    [InlineData(CriterionKind.SettledByNextMorning, "F2 D3 R5", CriterionStatus.Unknown)]
    public void Review_PainCriteria_CheckedAgainstRecentCheckIns(CriterionKind kind, string pattern, CriterionStatus expected)
    {
        var criterion = new PhaseCriterion("c", kind, 3, "text", "test");

        var review = RecoveryProgress.Review([criterion], PhaseEvidence.None, CheckInPattern.Parse(pattern), PlantarFasciitis.PainModel);

        Assert.Equal(expected, Assert.Single(review.Results).Status);
    }

    [Fact]
    public void Review_UntestedCriterion_IsNotMet()
    {
        var review = RecoveryProgress.Review(PlantarFasciitis.ReadinessGate, PhaseEvidence.None, [], PlantarFasciitis.PainModel);

        Assert.False(review.AllMet);
        Assert.All(review.Results, r => Assert.Equal(CriterionStatus.Unknown, r.Status));
    }
}
