using Footfall.Assessment;
using Footfall.Tests.Support;
using static Footfall.Tests.Support.KnowledgeFixture;

namespace Footfall.Tests.Assessment;

/// <summary>The conditions of vocabulary version 2 as a runner would notice them.</summary>
public class VersionTwoConditionTests
{
    private static readonly (string, object)[] ChildHeel =
        [("loc_heel_back", true), ("calcaneal_squeeze_pain", true), ("pain_after_sport_eases_rest", true), ("night_pain", false)];

    [Fact]
    public void Assess_TwelveYearOldsHeelPain_IsSeversDiseaseNotAStressFracture()
    {
        var result = Engine.Assess(Case(12, Sex.Male, ChildHeel));

        Assert.Equal("calcaneal_apophysitis", result.Conditions[0].Id);
        Assert.Equal(TriageLevel.SelfCare, result.Triage);
    }

    [Fact]
    public void Assess_SameHeelPainInAnAdult_IsNotSeversDisease()
    {
        var result = Engine.Assess(Case(35, Sex.Male, ChildHeel));

        Assert.NotEqual("calcaneal_apophysitis", result.Conditions[0].Id);
        Assert.DoesNotContain(result.Conditions, c => c.Id == "calcaneal_apophysitis" && c.Probability >= 0.05);
    }

    [Fact]
    public void Assess_LikelyTibialStressFracture_SuggestsNoHoppingOrHeelRaises()
    {
        var result = Engine.Assess(Case(24, Sex.Female, ("loc_shin", true), ("tender_tibia_one_spot", true), ("pain_progressing_earlier", true), ("recent_mileage_increase", true)));

        Assert.Equal("tibial_stress_fracture", result.Conditions[0].Id);
        Assert.DoesNotContain(result.SelfTests, t => t.Id is "hop_test" or "heel_raise_count");
        Assert.True(result.Triage <= TriageLevel.Consultation, $"triage {result.Triage}");
    }

    [Fact]
    public void Assess_SprainThatPassesTheOttawaRules_IsASprainForSelfCare()
    {
        var result = Engine.Assess(Case(31, Sex.Female, ("ankle_rolled_in", true), ("sudden_onset_injury", true), ("loc_lateral_ankle", true),
            ("local_swelling", true), ("cannot_bear_weight", false), ("tender_ankle_bone_edge", false), ("tender_base_5th_metatarsal", false),
            ("bone_point_tender", false), ("ankle_gives_way", false)));

        Assert.Equal("lateral_ankle_sprain", result.Conditions[0].Id);
        Assert.Equal(TriageLevel.SelfCare, result.Triage);
    }

    [Fact]
    public void Assess_RecurrentSprainsWithoutAFreshInjury_IsChronicInstabilityToBeAssessed()
    {
        var result = Engine.Assess(Case(27, Sex.Male, ("loc_lateral_ankle", true), ("prior_ankle_sprains", true), ("same_place_injured_before", true),
            ("worse_uneven_ground", true), ("local_swelling", false), ("cannot_bear_weight", false), ("duration_weeks", 10.0)));

        Assert.Equal("lateral_ankle_sprain", result.Conditions[0].Id);
        Assert.Empty(result.RedFlags);
        Assert.Equal(TriageLevel.Consultation, result.Triage);
    }

    [Fact]
    public void Assess_PopAtTheBackOfTheAnkleAndCannotTiptoe_IsAnEmergencyWithoutSelfTests()
    {
        var result = Engine.Assess(Case(45, Sex.Male, ("felt_pop_or_kick", true), ("sudden_onset_injury", true), ("loc_achilles", true), ("cannot_tiptoe", true)));

        Assert.Equal("achilles_rupture", result.Conditions[0].Id);
        Assert.Equal(TriageLevel.Emergency, result.Triage);
        Assert.Empty(result.SelfTests);
    }
}
