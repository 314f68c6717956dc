using Footfall.Assessment;
using Footfall.Recovery;

namespace Footfall.Tests.Recovery;

public sealed class PlanSelectionTests
{
    private static RecoveryKnowledge Knowledge => RecoveryKnowledgeTests.Knowledge;

    public static TheoryData<string, TriageLevel> RedFlagResults()
    {
        var data = new TheoryData<string, TriageLevel>();
        foreach (var condition in RecoveryKnowledgeTests.VocabularyConditions())
        {
            foreach (var level in new[] { TriageLevel.EmergencyAmbulance, TriageLevel.Emergency, TriageLevel.Consultation24 })
            {
                data.Add(condition, level);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RedFlagResults))]
    public void SelectPlan_RedFlagTriage_NoPlanOnlyWhatToDoNow(string conditionId, TriageLevel level)
    {
        var selection = Knowledge.SelectPlan(conditionId, level);

        Assert.False(selection.HasPlan);
        Assert.False(selection.RunningAllowedNow);
        Assert.False(string.IsNullOrWhiteSpace(selection.DoNow));
    }

    [Theory]
    [InlineData(TriageLevel.EmergencyAmbulance, "Call an ambulance now")]
    [InlineData(TriageLevel.Emergency, "Go to an emergency department")]
    [InlineData(TriageLevel.Consultation24, "See a doctor within 24 hours")]
    public void SelectPlan_RedFlagTriage_SaysHowSoonToBeSeen(TriageLevel level, string advice)
    {
        var selection = Knowledge.SelectPlan("plantar_fasciitis", level);

        Assert.StartsWith(advice, selection.DoNow, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deep_vein_thrombosis")]
    [InlineData("acute_compartment_syndrome")]
    [InlineData("achilles_rupture")]
    [InlineData("foot_infection")]
    public void SelectPlan_EmergencyConditionAtALowerLevel_StillNoPlan(string conditionId)
    {
        var selection = Knowledge.SelectPlan(conditionId, TriageLevel.SelfCare);

        Assert.Null(selection.Plan);
        Assert.Contains("Seek medical care now", selection.DoNow, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("metatarsal_stress_fracture", TriageLevel.Consultation)]
    [InlineData("calcaneal_stress_fracture", TriageLevel.Consultation)]
    [InlineData("navicular_stress_fracture", TriageLevel.Consultation)]
    [InlineData("metatarsal_stress_fracture", TriageLevel.SelfCare)]
    [InlineData("tibial_stress_fracture", TriageLevel.Consultation)]
    [InlineData("tibial_stress_fracture", TriageLevel.SelfCare)]
    public void SelectPlan_BoneStressInjury_PlanWithNoRunningUntilCleared(string conditionId, TriageLevel level)
    {
        var selection = Knowledge.SelectPlan(conditionId, level);

        Assert.NotNull(selection.Plan);
        Assert.False(selection.RunningAllowedNow);
        Assert.Contains("do not run until a clinician has cleared you", selection.DoNow, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plantar_fasciitis", TriageLevel.SelfCare, "Start phase 1")]
    [InlineData("tarsal_tunnel_syndrome", TriageLevel.Consultation, "Book an assessment within a few days")]
    [InlineData("medial_tibial_stress_syndrome", TriageLevel.SelfCare, "Start phase 1")]
    [InlineData("peroneal_tendinopathy", TriageLevel.SelfCare, "Start phase 1")]
    [InlineData("hallux_rigidus", TriageLevel.Consultation, "Book an assessment within a few days")]
    public void SelectPlan_SelfCareOrConsultation_PlanAndReducedRunning(string conditionId, TriageLevel level, string advice)
    {
        var selection = Knowledge.SelectPlan(conditionId, level);

        Assert.Equal(conditionId, selection.Plan!.ConditionId);
        Assert.True(selection.RunningAllowedNow);
        Assert.StartsWith(advice, selection.DoNow, StringComparison.Ordinal);
    }

    [Fact]
    public void SelectPlan_UnknownCondition_ThrowsWithTheId()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => Knowledge.SelectPlan("turf_toe", TriageLevel.SelfCare));

        Assert.Contains("turf_toe", ex.Message, StringComparison.Ordinal);
    }
}
