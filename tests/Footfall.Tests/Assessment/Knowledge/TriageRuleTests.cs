using Footfall.Assessment;
using Footfall.Tests.Support;
using static Footfall.Tests.Support.KnowledgeFixture;

namespace Footfall.Tests.Assessment.Knowledge;

/// <summary>Each red-flag rule, from a minimal case, raises the triage to its level on its own.</summary>
public class TriageRuleTests
{
    public static TheoryData<string, string, TriageLevel> Rules => new()
    {
        { "pulmonary_embolism", "calf_swelling_one_side breathless_chest_pain", TriageLevel.EmergencyAmbulance },
        { "breathless_or_chest_pain", "breathless_chest_pain", TriageLevel.EmergencyAmbulance },
        { "deep_vein_thrombosis", "calf_swelling_one_side", TriageLevel.Emergency },
        { "deep_vein_thrombosis", "pitting_edema", TriageLevel.Emergency },
        { "acute_compartment_syndrome", "severe_pain_out_of_proportion", TriageLevel.Emergency },
        { "acute_compartment_syndrome", "tense_swollen_compartment", TriageLevel.Emergency },
        { "compartment_passive_stretch", "passive_stretch_pain loc_calf", TriageLevel.Emergency },
        { "exertional_compartment_with_deficit", "pain_at_rest loc_shin char_tingling_numbness duration_weeks=0.1", TriageLevel.Emergency },
        { "acute_limb_ischaemia", "pale_cold_foot", TriageLevel.Emergency },
        { "cauda_equina", "saddle_numbness", TriageLevel.Emergency },
        { "cauda_equina", "bladder_bowel_change", TriageLevel.Emergency },
        { "foot_drop_or_weakness", "foot_drop", TriageLevel.Consultation24 },
        { "foot_drop_or_weakness", "weak_big_toe_lift", TriageLevel.Consultation24 },
        { "cannot_bear_weight", "cannot_bear_weight", TriageLevel.Consultation24 },
        { "bony_tenderness_after_injury", "sudden_onset_injury bone_point_tender", TriageLevel.Consultation24 },
        { "navicular_bone_stress", "tender_navicular loc_dorsal_midfoot", TriageLevel.Consultation24 },
        { "high_risk_metatarsal_bone_stress", "tender_base_5th_or_2nd_metatarsal", TriageLevel.Consultation24 },
        { "sesamoid_bone_stress", "tender_sesamoid hop_pain", TriageLevel.Consultation24 },
        { "fever_unwell", "fever_unwell", TriageLevel.Consultation24 },
        { "low_energy_with_bone_pain", "low_energy_availability hop_pain", TriageLevel.Consultation },
        { "long_standing", "duration_weeks=17", TriageLevel.Consultation },
        { "achilles_rupture", "felt_pop_or_kick cannot_tiptoe", TriageLevel.Emergency },
        { "achilles_rupture", "felt_pop_or_kick achilles_gap", TriageLevel.Emergency },
        { "calf_squeeze_test_positive", "calf_squeeze_no_point", TriageLevel.Emergency },
        { "calf_squeeze_test_positive", "clin_thompson_positive", TriageLevel.Emergency },
        { "foot_infection", "hot_red_swollen_joint fever_unwell", TriageLevel.Emergency },
        { "foot_infection", "hot_red_swollen_joint diabetes", TriageLevel.Emergency },
        { "foot_infection", "hot_red_swollen_joint wound_or_ulcer", TriageLevel.Emergency },
        { "acute_joint_swelling_cannot_use", "came_on_overnight local_swelling cannot_bear_weight", TriageLevel.Emergency },
        { "hot_red_swollen_joint", "hot_red_swollen_joint", TriageLevel.Consultation24 },
        { "night_pain_weight_loss_or_cancer", "night_pain unexplained_weight_loss", TriageLevel.Consultation24 },
        { "night_pain_weight_loss_or_cancer", "night_pain active_cancer", TriageLevel.Consultation24 },
        { "ottawa_ankle_foot", "ankle_rolled_in tender_ankle_bone_edge", TriageLevel.Consultation24 },
        { "ottawa_ankle_foot", "sudden_onset_injury tender_base_5th_metatarsal", TriageLevel.Consultation24 },
        { "ottawa_positive_on_examination", "clin_ottawa_positive", TriageLevel.Consultation24 },
        { "high_risk_fifth_metatarsal_bone_stress", "tender_base_5th_metatarsal", TriageLevel.Consultation24 },
        { "anterior_tibial_bone_stress", "tender_front_of_shin", TriageLevel.Consultation24 },
        { "tibial_bone_stress", "tender_tibia_one_spot hop_pain", TriageLevel.Consultation },
        { "ankle_keeps_giving_way", "ankle_gives_way", TriageLevel.Consultation },
        { "second_toe_instability", "second_toe_drift", TriageLevel.Consultation },
        { "second_toe_instability", "clin_drawer_second_mtp", TriageLevel.Consultation },
        { "stiff_big_toe_joint", "big_toe_stiff big_toe_bump", TriageLevel.Consultation },
        { "baxters_nerve_tenderness", "clin_tender_baxter_nerve", TriageLevel.Consultation },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Assess_MinimalCase_RuleSetsItsLevel(string ruleId, string evidence, TriageLevel level)
    {
        var result = Engine.Assess(Parse(evidence));

        Assert.Contains(result.RedFlags, f => f.RuleId == ruleId && f.Level == level);
        Assert.True(result.Triage <= level, $"triage {result.Triage} is less urgent than {level}");
        Assert.All(result.RedFlags, f => Assert.False(string.IsNullOrWhiteSpace(f.Reason)));
    }

    [Fact]
    public void Assess_EveryRuleInTheKnowledgeBase_IsCoveredByTheTable()
    {
        var covered = Rules.Select(row => (string)row[0]).ToHashSet();
        Assert.All(KnowledgeFixture.Knowledge.Rules, rule => Assert.Contains(rule.Id, covered));
    }

    [Fact]
    public void Assess_PaleFootOnlyDuringExercise_IsNotAnEmergency()
    {
        var result = Engine.Assess(Parse("pale_cold_foot pain_at_rest=false exertional_onset_relief"));

        Assert.DoesNotContain(result.RedFlags, f => f.RuleId == "acute_limb_ischaemia");
    }

    [Fact]
    public void Assess_SixteenWeeks_IsNotYetLongStanding()
    {
        var result = Engine.Assess(Parse("duration_weeks=16"));

        Assert.DoesNotContain(result.RedFlags, f => f.RuleId == "long_standing");
    }

    [Fact]
    public void Assess_PopWithoutAnySignOfATornTendon_IsNotTheRuptureRule()
    {
        var result = Engine.Assess(Parse("felt_pop_or_kick cannot_tiptoe=false achilles_gap=false calf_squeeze_no_point=false"));

        Assert.DoesNotContain(result.RedFlags, f => f.RuleId is "achilles_rupture" or "calf_squeeze_test_positive");
    }

    [Fact]
    public void Assess_HotRedJointWithoutFeverDiabetesOrWound_IsSeenWithinADayNotAsAnInfection()
    {
        var result = Engine.Assess(Parse("hot_red_swollen_joint fever_unwell=false diabetes=false wound_or_ulcer=false"));

        Assert.DoesNotContain(result.RedFlags, f => f.RuleId == "foot_infection");
        Assert.Contains(result.RedFlags, f => f.RuleId == "hot_red_swollen_joint" && f.Level == TriageLevel.Consultation24);
        Assert.True(result.Triage <= TriageLevel.Consultation24, $"triage {result.Triage}");
    }

    [Fact]
    public void Assess_HotRedJointWithFeverUnsure_StillWithinADay()
    {
        var result = Engine.Assess(Case(30, Sex.Female, ("hot_red_swollen_joint", true), ("fever_unwell", FindingAnswer.NotSure)));

        Assert.True(result.Triage <= TriageLevel.Consultation24, $"triage {result.Triage}");
    }

    [Fact]
    public void Assess_JointSwollenAfterAnInjury_IsNotTheSepticJointRule()
    {
        var result = Engine.Assess(Parse("came_on_overnight local_swelling cannot_bear_weight sudden_onset_injury"));

        Assert.DoesNotContain(result.RedFlags, f => f.RuleId == "acute_joint_swelling_cannot_use");
        Assert.Contains(result.RedFlags, f => f.RuleId == "cannot_bear_weight");
    }

    [Fact]
    public void Assess_TenderSpotOnTheInnerEdgeOfTheShin_IsLowRiskNotTheFrontOfTheShin()
    {
        var result = Engine.Assess(Parse("tender_tibia_one_spot hop_pain tender_front_of_shin=false"));

        Assert.Contains(result.RedFlags, f => f.RuleId == "tibial_bone_stress" && f.Level == TriageLevel.Consultation);
        Assert.DoesNotContain(result.RedFlags, f => f.RuleId == "anterior_tibial_bone_stress");
    }

    [Fact]
    public void Assess_NightPainWithoutWeightLossOrCancer_IsNotTheCancerRule()
    {
        var result = Engine.Assess(Parse("night_pain unexplained_weight_loss=false active_cancer=false"));

        Assert.DoesNotContain(result.RedFlags, f => f.RuleId == "night_pain_weight_loss_or_cancer");
    }

    /// <summary>"a b=false c=3" -> a true, b false, c 3.</summary>
    private static Case Parse(string evidence) =>
        Case(30, Sex.Female, evidence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(token =>
        {
            var parts = token.Split('=');
            object value = parts.Length == 1 ? true : parts[1] == "false" ? false : double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            return (parts[0], value);
        }).ToArray());
}
