using Footfall.Assessment;
using Footfall.Tests.Assessment.Knowledge;
using Footfall.Tests.Support;
using static Footfall.Tests.Support.KnowledgeFixture;

namespace Footfall.Tests.Assessment;

/// <summary>
/// The triage table of ../shared/spec/v2/triage-policy.md, line by line, for the conditions: each
/// condition (and each distinct presentation of one) needs the level its line names when it is
/// reasonably likely. The rules' lines are in <see cref="TriageRuleTests"/>, the interview's in
/// <see cref="InterviewTests"/>.
/// </summary>
public class TriagePolicyTests
{
    public static TheoryData<string, TriageLevel> PolicyLines => new()
    {
        // emergency: suspected DVT, acute compartment syndrome, acute limb ischaemia, Achilles rupture, infection, septic arthritis
        { "deep_vein_thrombosis", TriageLevel.Emergency },
        { "acute_compartment_syndrome", TriageLevel.Emergency },
        { "acute_limb_ischaemia", TriageLevel.Emergency },
        { "achilles_rupture", TriageLevel.Emergency },
        { "foot_infection", TriageLevel.Emergency },
        { "septic_arthritis", TriageLevel.Emergency },

        // consultation_24: high-risk bone stress (navicular), a suspected fracture after an injury, a hot red swollen joint without fever
        { "navicular_stress_fracture", TriageLevel.Consultation24 },
        { "acute_foot_fracture", TriageLevel.Consultation24 },
        { "gout", TriageLevel.Consultation24 },

        // consultation: low-risk bone stress, nerve entrapment, nerve root irritation, CECS, claudication, stenosis,
        // posterior tibial tendinopathy, plantar plate, hallux rigidus, an ankle that keeps giving way, Baxter's nerve
        { "calcaneal_stress_fracture", TriageLevel.Consultation },
        { "metatarsal_stress_fracture", TriageLevel.Consultation },
        { "tibial_stress_fracture", TriageLevel.Consultation },
        { "tarsal_tunnel_syndrome", TriageLevel.Consultation },
        { "baxters_nerve_entrapment", TriageLevel.Consultation },
        { "lumbar_radiculopathy", TriageLevel.Consultation },
        { "chronic_exertional_compartment_syndrome", TriageLevel.Consultation },
        { "peripheral_arterial_disease", TriageLevel.Consultation },
        { "lumbar_spinal_stenosis", TriageLevel.Consultation },
        { "posterior_tibial_tendinopathy", TriageLevel.Consultation },
        { "plantar_plate_injury", TriageLevel.Consultation },
        { "hallux_rigidus", TriageLevel.Consultation },
        { "chronic_ankle_instability", TriageLevel.Consultation },

        // self_care: the overuse conditions self-management treats well
        { "plantar_fasciitis", TriageLevel.SelfCare },
        { "fat_pad_syndrome", TriageLevel.SelfCare },
        { "metatarsalgia", TriageLevel.SelfCare },
        { "mortons_neuroma", TriageLevel.SelfCare },
        { "achilles_tendinopathy", TriageLevel.SelfCare },
        { "sesamoiditis", TriageLevel.SelfCare },
        { "piriformis_syndrome", TriageLevel.SelfCare },
        { "medial_tibial_stress_syndrome", TriageLevel.SelfCare },
        { "peroneal_tendinopathy", TriageLevel.SelfCare },
        { "extensor_tendinopathy", TriageLevel.SelfCare },
        { "calf_strain", TriageLevel.SelfCare },
        { "soleus_strain", TriageLevel.SelfCare },
        { "lateral_ankle_sprain", TriageLevel.SelfCare },
        { "calcaneal_apophysitis", TriageLevel.SelfCare },
    };

    [Theory]
    [MemberData(nameof(PolicyLines))]
    public void Severity_IsTheLevelOfItsPolicyLine(string id, TriageLevel level)
    {
        var severity = KnowledgeFixture.Knowledge.FindCondition(id)?.Severity
            ?? KnowledgeFixture.Knowledge.Conditions.SelectMany(c => c.Profiles).Single(p => p.Id == id).Severity;

        Assert.Equal(level, severity);
    }

    [Fact]
    public void EveryConditionAndPresentation_IsOnAPolicyLine()
    {
        var listed = PolicyLines.Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);
        var known = KnowledgeFixture.Knowledge.Conditions.Select(c => c.Id).Concat(KnowledgeFixture.Knowledge.Conditions.SelectMany(c => c.Profiles).Select(p => p.Id)).Distinct(StringComparer.Ordinal);

        Assert.DoesNotContain(known, id => !listed.Contains(id));
    }
}
