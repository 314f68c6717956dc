using Footfall.Assessment;
using static Footfall.Tests.Assessment.KnowledgeFixture;

namespace Footfall.Tests.Assessment;

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
        Assert.All(Knowledge.Rules, rule => Assert.Contains(rule.Id, covered));
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

    /// <summary>"a b=false c=3" -> a true, b false, c 3.</summary>
    private static Case Parse(string evidence) =>
        Case(30, Sex.Female, evidence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(token =>
        {
            var parts = token.Split('=');
            object value = parts.Length == 1 ? true : parts[1] == "false" ? false : double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            return (parts[0], value);
        }).ToArray());
}
