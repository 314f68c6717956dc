namespace Footfall.Assessment.Knowledge;

/// <summary>
/// The case vocabulary Footfall implements: the one place that names its version and where its spec
/// lives (<see cref="SpecFolder"/>, relative to the shared folder beside the repository). Moving to the
/// next version is this file: its folder and its id lists. The knowledge base must cover every id;
/// ids are never dropped or renamed. A test checks these lists against the spec file.
/// </summary>
public static class Vocabulary
{
    /// <summary>The vocabulary version (spec/v2/vocabulary.yaml).</summary>
    public const int Version = 2;

    /// <summary>The spec folder of this version, relative to the shared folder (../shared).</summary>
    public const string SpecFolder = "spec/v2";

    /// <summary>The vocabulary file of this version, relative to the shared folder.</summary>
    public const string VocabularyFile = SpecFolder + "/vocabulary.yaml";

    /// <summary>The triage policy of this version, relative to the shared folder.</summary>
    public const string TriagePolicyFile = SpecFolder + "/triage-policy.md";

    /// <summary>Condition ids, in the spec's order.</summary>
    public static IReadOnlyList<string> ConditionIds { get; } =
    [
        "plantar_fasciitis", "fat_pad_syndrome", "calcaneal_stress_fracture", "metatarsalgia", "metatarsal_stress_fracture",
        "navicular_stress_fracture", "mortons_neuroma", "sesamoiditis", "tarsal_tunnel_syndrome", "lumbar_radiculopathy",
        "achilles_tendinopathy", "posterior_tibial_tendinopathy", "chronic_exertional_compartment_syndrome", "acute_compartment_syndrome", "deep_vein_thrombosis",
        "peripheral_arterial_disease", "lumbar_spinal_stenosis", "piriformis_syndrome", "acute_foot_fracture",
        "medial_tibial_stress_syndrome", "tibial_stress_fracture", "lateral_ankle_sprain", "achilles_rupture", "calf_strain",
        "peroneal_tendinopathy", "extensor_tendinopathy", "plantar_plate_injury", "hallux_rigidus", "calcaneal_apophysitis",
        "baxters_nerve_entrapment", "gout", "foot_infection",
    ];

    /// <summary>Finding ids, in the spec's order.</summary>
    public static IReadOnlyList<string> FindingIds { get; } =
    [
        "loc_heel_plantar_medial", "loc_heel_center", "loc_heel_back", "loc_achilles", "loc_arch", "loc_forefoot_plantar",
        "loc_big_toe_ball", "loc_web_space", "loc_dorsal_forefoot", "loc_dorsal_midfoot", "loc_medial_ankle", "loc_calf",
        "loc_shin", "loc_low_back_buttock", "bilateral", "radiates_down_leg", "loc_lateral_ankle", "loc_lateral_foot",
        "loc_sole_diffuse", "loc_outer_lower_leg", "loc_second_toe_joint", "loc_big_toe_top", "loc_dorsal_laces", "radiates_from_hip_thigh",
        "shin_pain_long_stretch", "same_place_injured_before", "char_burning", "char_tingling_numbness", "char_sharp_stabbing", "char_deep_ache",
        "char_bruise_like", "char_pebble", "char_tightness_pressure", "first_steps_pain", "eases_with_warm_up", "morning_stiffness",
        "worse_end_of_day", "exertional_onset_relief", "pain_progressing_earlier", "pain_at_rest", "night_pain", "constant_not_load_related",
        "sudden_onset_injury", "duration_weeks", "pain_now", "felt_pop_or_kick", "ankle_rolled_in", "came_on_overnight",
        "pain_walking", "pain_after_sport_eases_rest", "worse_barefoot_hard", "worse_tight_shoes", "relief_shoe_off", "relief_heel_cupped",
        "better_stiff_shoes", "relief_sitting_flexion", "relief_standing_still", "worse_sitting_long", "worse_uphill_toe_off", "worse_tight_laces",
        "worse_uneven_ground", "bone_point_tender", "tender_fascia_insertion", "tender_heel_pad_center", "calcaneal_squeeze_pain", "tender_navicular",
        "tender_metatarsal_shaft", "tender_metatarsal_heads", "tender_sesamoid", "tender_achilles", "tender_medial_ankle_tendon", "hop_pain",
        "windlass_pain", "web_space_squeeze_pain", "tinel_tarsal_tunnel", "single_leg_heel_raises", "heel_raise_painful", "weak_big_toe_lift",
        "foot_drop", "straight_leg_raise_pain", "exercise_numbness", "local_swelling", "calf_swelling_one_side", "calf_warm_red_tender",
        "pitting_edema", "pale_cold_foot", "severe_pain_out_of_proportion", "passive_stretch_pain", "tense_swollen_compartment", "saddle_numbness",
        "bladder_bowel_change", "breathless_chest_pain", "fever_unwell", "cannot_bear_weight", "cannot_tiptoe", "achilles_gap",
        "calf_squeeze_no_point", "tender_ankle_bone_edge", "tender_tibia_one_spot", "tender_front_of_shin", "tender_base_5th_metatarsal", "tender_calf_muscle",
        "tender_outer_ankle_tendon", "ankle_gives_way", "big_toe_stiff", "big_toe_bump", "second_toe_drift", "hot_red_swollen_joint",
        "wound_or_ulcer", "exercise_pallor_only", "unexplained_weight_loss", "recent_mileage_increase", "weekly_distance_change_pct", "new_to_running",
        "barefoot_transition", "worn_shoes", "prior_stress_fracture", "low_energy_availability", "high_arch", "flat_feet",
        "limited_ankle_dorsiflexion", "high_bmi", "back_pain_history", "recent_long_travel_or_immobilisation", "previous_dvt", "active_cancer",
        "estrogen_therapy", "smoker", "diabetes", "heel_steroid_injections", "tight_narrow_footwear", "prior_ankle_sprains",
        "gout_history", "growth_spurt", "recent_shoe_change", "lumbar_surgery_history", "clin_weak_l4_dorsiflexion", "clin_weak_l5_toe_extension",
        "clin_weak_s1_plantarflexion", "clin_reduced_ankle_reflex", "clin_reduced_knee_reflex", "clin_dermatomal_sensory_loss", "clin_slump_positive", "clin_slr_positive",
        "clin_hip_abductor_weak", "clin_hip_rotation_limited", "clin_single_leg_squat_poor", "clin_lunge_test_cm", "clin_navicular_drop_mm", "clin_thompson_positive",
        "clin_anterior_drawer_lax", "clin_ottawa_positive", "clin_pedal_pulses_reduced", "clin_abi_drop_after_exercise", "clin_tinel_tarsal_positive", "clin_mulder_click",
        "clin_drawer_second_mtp", "clin_tender_baxter_nerve",
    ];
}
