namespace Footfall.Assessment.Knowledge;

/// <summary>
/// The stable ids of the case vocabulary, version 1 (spec/vocabulary.yaml). The knowledge base must
/// cover every one of them; ids are never dropped or renamed. A test checks this list against the spec.
/// </summary>
public static class Vocabulary
{
    public static IReadOnlyList<string> ConditionIds { get; } =
    [
        "plantar_fasciitis", "fat_pad_syndrome", "calcaneal_stress_fracture", "metatarsalgia", "metatarsal_stress_fracture",
        "navicular_stress_fracture", "mortons_neuroma", "sesamoiditis", "tarsal_tunnel_syndrome", "lumbar_radiculopathy",
        "achilles_tendinopathy", "posterior_tibial_tendinopathy", "chronic_exertional_compartment_syndrome",
        "acute_compartment_syndrome", "deep_vein_thrombosis", "peripheral_arterial_disease", "lumbar_spinal_stenosis",
        "piriformis_syndrome", "acute_foot_fracture",
    ];

    public static IReadOnlyList<string> FindingIds { get; } =
    [
        "loc_heel_plantar_medial", "loc_heel_center", "loc_heel_back", "loc_achilles", "loc_arch", "loc_forefoot_plantar",
        "loc_big_toe_ball", "loc_web_space", "loc_dorsal_forefoot", "loc_dorsal_midfoot", "loc_medial_ankle", "loc_calf",
        "loc_shin", "loc_low_back_buttock", "bilateral", "radiates_down_leg",
        "char_burning", "char_tingling_numbness", "char_sharp_stabbing", "char_deep_ache", "char_bruise_like", "char_pebble",
        "char_tightness_pressure",
        "first_steps_pain", "eases_with_warm_up", "morning_stiffness", "worse_end_of_day", "exertional_onset_relief",
        "pain_progressing_earlier", "pain_at_rest", "night_pain", "constant_not_load_related", "sudden_onset_injury",
        "duration_weeks", "pain_now",
        "worse_barefoot_hard", "worse_tight_shoes", "relief_shoe_off", "relief_heel_cupped", "better_stiff_shoes",
        "relief_sitting_flexion", "relief_standing_still", "worse_sitting_long", "worse_uphill_toe_off",
        "bone_point_tender", "tender_fascia_insertion", "tender_heel_pad_center", "calcaneal_squeeze_pain", "tender_navicular",
        "tender_metatarsal_shaft", "tender_metatarsal_heads", "tender_sesamoid", "tender_achilles", "tender_medial_ankle_tendon",
        "hop_pain", "windlass_pain", "web_space_squeeze_pain", "tinel_tarsal_tunnel", "single_leg_heel_raises",
        "heel_raise_painful", "weak_big_toe_lift", "foot_drop", "straight_leg_raise_pain", "exercise_numbness", "local_swelling",
        "calf_swelling_one_side", "calf_warm_red_tender", "pitting_edema", "pale_cold_foot", "severe_pain_out_of_proportion",
        "passive_stretch_pain", "tense_swollen_compartment", "saddle_numbness", "bladder_bowel_change", "breathless_chest_pain",
        "fever_unwell", "cannot_bear_weight",
        "recent_mileage_increase", "weekly_distance_change_pct", "new_to_running", "barefoot_transition", "worn_shoes",
        "prior_stress_fracture", "low_energy_availability", "high_arch", "flat_feet", "limited_ankle_dorsiflexion", "high_bmi",
        "back_pain_history", "recent_long_travel_or_immobilisation", "previous_dvt", "active_cancer", "estrogen_therapy",
        "smoker", "diabetes", "heel_steroid_injections", "tight_narrow_footwear",
    ];
}
