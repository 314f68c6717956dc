using Footfall.Assessment;
using Footfall.Tests.Support;
using static Footfall.Tests.Support.KnowledgeFixture;

namespace Footfall.Tests.Assessment;

public class AssessmentEngineTests
{
    private static readonly (string, object)[] ClassicPlantarFasciitis =
    [
        ("loc_heel_plantar_medial", true), ("first_steps_pain", true), ("tender_fascia_insertion", true),
        ("windlass_pain", true), ("limited_ankle_dorsiflexion", true), ("calcaneal_squeeze_pain", false), ("duration_weeks", 6),
    ];

    [Fact]
    public void Assess_ClassicPlantarFasciitis_RanksItFirstAsSelfCare()
    {
        var result = Engine.Assess(Case(44, Sex.Female, ClassicPlantarFasciitis));

        Assert.Equal("plantar_fasciitis", result.Conditions[0].Id);
        Assert.True(result.Conditions[0].Probability > 0.8);
        Assert.Equal(TriageLevel.SelfCare, result.Triage);
        Assert.Empty(result.RedFlags);
    }

    [Fact]
    public void Assess_Conditions_AreSortedAndAboveOnePercent()
    {
        var result = Engine.Assess(Case(44, Sex.Female, ClassicPlantarFasciitis));

        Assert.Equal(result.Conditions.OrderByDescending(c => c.Probability).Select(c => c.Id), result.Conditions.Select(c => c.Id));
        Assert.All(result.Conditions, c => Assert.True(c.Probability >= 0.01));
        Assert.True(result.Conditions.Sum(c => c.Probability) + result.OtherCauseProbability <= 1.000001);
    }

    [Theory]
    [InlineData("calf_swelling_one_side", TriageLevel.Emergency)]
    [InlineData("saddle_numbness", TriageLevel.Emergency)]
    [InlineData("pale_cold_foot", TriageLevel.Emergency)]
    [InlineData("severe_pain_out_of_proportion", TriageLevel.Emergency)]
    public void Assess_EmergencyFindingWithStrongEvidenceForABenignCause_IsNeverOutranked(string emergencyFinding, TriageLevel level)
    {
        var evidence = ClassicPlantarFasciitis.Append((emergencyFinding, (object)true)).ToArray();

        var result = Engine.Assess(Screened(44, Sex.Female, evidence));

        Assert.Equal("plantar_fasciitis", result.Conditions[0].Id);
        Assert.Equal(level, result.Triage);
        Assert.Contains(result.RedFlags, f => f.FindingIds.Contains(emergencyFinding));
        // The interview stops at once, unless a still more urgent sign remains to be checked.
        Assert.True(result.ShouldStop || result.NextQuestion!.Purpose == QuestionPurpose.FollowUp);
        Assert.Empty(result.SelfTests);
        Assert.Equal(Footfall.Assessment.Knowledge.RunningAdvice.SeeSomeone, result.Advice.Running);
    }

    [Fact]
    public void Assess_Explanation_NamesTheFindingsThatContributed()
    {
        var evidence = ClassicPlantarFasciitis.Append(("first_steps_pain", (object)false)).Where(e => !(e.Item1 == "first_steps_pain" && e.Item2 is true)).ToArray();

        var pf = Engine.Assess(Case(44, Sex.Female, evidence)).Conditions.Single(c => c.Id == "plantar_fasciitis");

        Assert.Equal("windlass_pain", pf.Supporting[0].FindingId);
        Assert.Contains(pf.Supporting, s => s.FindingId == "tender_fascia_insertion");
        Assert.Contains(pf.Conflicting, s => s.FindingId == "first_steps_pain" && s.Answer == "no");
        Assert.All(pf.Supporting, s => Assert.True(s.LikelihoodRatio > 1));
        Assert.All(pf.Conflicting, s => Assert.True(s.LikelihoodRatio < 1));
        Assert.All(pf.Supporting.Concat(pf.Conflicting), s => Assert.Contains(s.FindingId, evidence.Select(e => e.Item1)));
        Assert.DoesNotContain(pf.Supporting, s => s.FindingId == "calcaneal_squeeze_pain");
        Assert.Equal(pf.Supporting.OrderByDescending(s => s.LikelihoodRatio).Select(s => s.FindingId), pf.Supporting.Select(s => s.FindingId));
        Assert.NotEmpty(pf.WouldHelp);
        Assert.DoesNotContain(pf.WouldHelp, id => evidence.Any(e => e.Item1 == id));
    }

    [Fact]
    public void Assess_EmptyCase_StartsWithTheOpeningWarningSignChecklist()
    {
        var result = Engine.Assess(Case(30, Sex.Male));

        Assert.False(result.ShouldStop);
        Assert.Equal(QuestionPurpose.Screen, result.Plan.Purpose);
        Assert.Equal(Engine.Knowledge.Interview.OpeningScreen, result.Plan.FindingIds);
        Assert.Contains("fever_unwell", result.Plan.FindingIds);
        Assert.Contains("hot_red_swollen_joint", result.Plan.FindingIds);
    }

    [Fact]
    public void Assess_AfterTheOpeningScreen_AsksHowItStartedThenThePainMap()
    {
        var screened = Screened(30, Sex.Male);

        var opening = Engine.Assess(screened).NextQuestion!;
        var location = Engine.Assess(screened.With("sudden_onset_injury", FindingAnswer.No)).Plan;

        Assert.Equal(("sudden_onset_injury", QuestionPurpose.Opening), (opening.FindingId, opening.Purpose));
        Assert.Equal(QuestionPurpose.Location, location.Purpose);
        Assert.Contains("loc_heel_plantar_medial", location.FindingIds);
        Assert.True(location.FindingIds.Count > 10);
    }

    [Fact]
    public void Assess_WholeCaseWithAWarningSignNotSure_TriagesWithin24HoursNamingIt()
    {
        var result = Engine.Assess(Case(30, Sex.Male, ("loc_heel_plantar_medial", true), ("calf_swelling_one_side", "not sure")));

        Assert.Equal(TriageLevel.Consultation24, result.Triage);
        var flag = Assert.Single(result.RedFlags, f => f.RuleId == AssessmentEngine.UnsureWarningRule);
        Assert.Equal(["calf_swelling_one_side"], flag.FindingIds);
        Assert.Contains("one calf or leg is visibly swollen", flag.Reason);
    }

    [Fact]
    public void Assess_TenderSesamoid_FollowsUpTheSignsOfAStressFractureFirst()
    {
        var result = Engine.Assess(Screened(30, Sex.Male, ("loc_big_toe_ball", true), ("tender_sesamoid", true)));

        Assert.Equal(QuestionPurpose.FollowUp, result.NextQuestion!.Purpose);
        Assert.Contains(result.NextQuestion.FindingId, (string[])["hop_pain", "pain_at_rest", "night_pain", "local_swelling"]);
    }

    [Fact]
    public void Assess_PaleFoot_StaysAnEmergencyWhileAskingWhetherItHurtsAtRest()
    {
        var pale = Engine.Assess(Screened(29, Sex.Male, ("pale_cold_foot", true)));
        var onlyWithExercise = Engine.Assess(Screened(29, Sex.Male, ("pale_cold_foot", true), ("pain_at_rest", false)));

        Assert.Equal(TriageLevel.Emergency, pale.Triage);
        Assert.Equal(("pain_at_rest", QuestionPurpose.FollowUp), (pale.NextQuestion!.FindingId, pale.NextQuestion.Purpose));
        Assert.False(onlyWithExercise.Triage.IsEmergency());
        Assert.False(onlyWithExercise.ShouldStop);
    }

    /// <summary>A case whose opening warning screen was answered "no" throughout, plus the given answers.</summary>
    private static Case Screened(int age, Sex sex, params (string, object)[] evidence) =>
        Case(age, sex, [.. Engine.Knowledge.Interview.OpeningScreen.Where(id => evidence.All(e => e.Item1 != id)).Select(id => (id, (object)false)), .. evidence]);

    [Fact]
    public void Assess_NotSureAnswer_IsNotAskedAgainAndChangesNothing()
    {
        var before = Engine.Assess(Screened(30, Sex.Male, ("loc_heel_plantar_medial", true)));
        var after = Engine.Assess(Screened(30, Sex.Male, ("loc_heel_plantar_medial", true), ("first_steps_pain", "not sure")));

        Assert.NotEqual("first_steps_pain", after.NextQuestion!.FindingId);
        Assert.Equal(before.Triage, after.Triage);
        Assert.Equal(before.Conditions.Select(c => c.Probability), after.Conditions.Select(c => c.Probability));
    }

    [Fact]
    public void Assess_SameCase_GivesTheSameResult()
    {
        var a = AssessmentResultJson.Serialize(Engine.Assess(Case(44, Sex.Female, ClassicPlantarFasciitis)));
        var b = AssessmentResultJson.Serialize(Engine.Assess(Case(44, Sex.Female, ClassicPlantarFasciitis)));

        Assert.Equal(a, b);
    }

    [Fact]
    public void Assess_FindingFromImportedData_IsMarkedInResultAndExplanation()
    {
        var @case = new Case(30, Sex.Female, new Dictionary<string, FindingAnswer>
        {
            ["loc_dorsal_forefoot"] = FindingAnswer.Yes,
            ["tender_metatarsal_shaft"] = FindingAnswer.Yes,
            ["weekly_distance_change_pct"] = FindingAnswer.Of(60),
        }, new Dictionary<string, string> { ["weekly_distance_change_pct"] = "your imported runs" });

        var result = Engine.Assess(@case);

        Assert.Equal(new DataEvidence("weekly_distance_change_pct", "your imported runs"), Assert.Single(result.DataEvidence));
        var fracture = result.Conditions.Single(c => c.Id == "metatarsal_stress_fracture");
        Assert.Contains(fracture.Supporting, s => s.FindingId == "weekly_distance_change_pct" && s.FromData == "your imported runs" && s.Answer == "spike");
    }

    [Fact]
    public void Assess_UnknownFindingInACaseBuiltInCode_ThrowsNamingTheKey()
    {
        var ex = Assert.Throws<CaseFormatException>(() => Engine.Assess(Case(30, Sex.Male, ("heel_on_fire", true))));

        Assert.Equal("evidence.heel_on_fire", ex.Key);
    }

    [Theory]
    [InlineData("pain_now", 12.0)]
    [InlineData("duration_weeks", -1.0)]
    public void Assess_NumberOutOfRangeInACaseBuiltInCode_ThrowsNamingTheKey(string id, double value)
    {
        var ex = Assert.Throws<CaseFormatException>(() => Engine.Assess(Case(30, Sex.Male, (id, value))));

        Assert.Equal("evidence." + id, ex.Key);
    }

    [Fact]
    public void Assess_LikelyStressFracture_SuggestsNoHopTest()
    {
        var result = Engine.Assess(Case(25, Sex.Female, ("loc_dorsal_forefoot", true), ("tender_metatarsal_shaft", true), ("pain_progressing_earlier", true)));

        Assert.Equal("metatarsal_stress_fracture", result.Conditions[0].Id);
        Assert.DoesNotContain(result.SelfTests, t => t.Id == "hop_test");
        Assert.Equal(TriageLevel.Consultation, result.Triage);
    }

    [Fact]
    public void Assess_Result_CarriesTheGuidanceNotice()
    {
        Assert.Equal(FootfallInfo.GuidanceNotice, Engine.Assess(Case(30, Sex.Male)).Notice);
    }

    [Fact]
    public void Assess_ClinicianFindsL5WeaknessAndPositiveSlump_RootCauseInTheBackBeatsTheFoot()
    {
        // Burning and tingling under the forefoot, worse in tight shoes: on its own a Morton's neuroma.
        (string, object)[] runner = [("loc_forefoot_plantar", true), ("char_burning", true), ("char_tingling_numbness", true), ("worse_tight_shoes", true)];
        var footOnly = Engine.Assess(Case(39, Sex.Male, runner));
        var examined = Engine.Assess(Case(39, Sex.Male, [.. runner, ("clin_weak_l5_toe_extension", true), ("clin_slump_positive", true)]));

        Assert.Equal("mortons_neuroma", footOnly.Conditions[0].Id);
        Assert.Equal("lumbar_radiculopathy", examined.Conditions[0].Id);
        Assert.Equal(TriageLevel.Consultation24, examined.Triage);
        Assert.Contains(examined.Conditions[0].Supporting, f => f.FindingId == "clin_weak_l5_toe_extension");
    }

    [Fact]
    public void Assess_StraightLegRaiseAlone_MovesRadiculopathyOnlyByItsPublishedRatio()
    {
        var without = Engine.Assess(Case(40, Sex.Male, ("loc_low_back_buttock", true)));
        var with = Engine.Assess(Case(40, Sex.Male, ("loc_low_back_buttock", true), ("clin_slr_positive", true)));

        double Odds(AssessmentResult r, string id) => r.Conditions.Single(c => c.Id == id).Probability / r.OtherCauseProbability;

        // Sensitivity 0.89, specificity 0.25 (Montaner-Cuello 2023): LR+ = 0.89 / 0.75.
        Assert.Equal(0.89 / 0.75, Odds(with, "lumbar_radiculopathy") / Odds(without, "lumbar_radiculopathy"), 3);
    }

    [Fact]
    public void Assess_SecondSignOfTheSameBoneTenderness_CountsDamped()
    {
        var one = Engine.Assess(Case(25, Sex.Female, ("loc_dorsal_forefoot", true), ("tender_metatarsal_shaft", true)));
        var two = Engine.Assess(Case(25, Sex.Female, ("loc_dorsal_forefoot", true), ("tender_metatarsal_shaft", true), ("bone_point_tender", true)));
        var kb = Engine.Knowledge;
        var group = kb.CorrelationGroups.Single(g => g.FindingIds.Contains("bone_point_tender"));
        var fracture = kb.FindCondition("metatarsal_stress_fracture")!;
        var lr = fracture.Likelihoods["bone_point_tender"].Probabilities[0] / kb.FindFinding("bone_point_tender")!.BaseRate;

        double Odds(AssessmentResult r) => r.Conditions.Single(c => c.Id == "metatarsal_stress_fracture").Probability / r.OtherCauseProbability;

        Assert.Contains("tender_metatarsal_shaft", group.FindingIds);
        Assert.Equal(Math.Pow(lr, group.Damping), Odds(two) / Odds(one), 3);
    }

    [Fact]
    public void Assess_SuddenPaleColdPainfulFootAtRest_IsAcuteLimbIschaemiaUnderArterialDisease()
    {
        var result = Engine.Assess(Case(71, Sex.Female, ("pale_cold_foot", true), ("pain_at_rest", true), ("constant_not_load_related", true),
            ("severe_pain_out_of_proportion", true), ("char_tingling_numbness", true), ("duration_weeks", 0), ("pain_now", 9)));
        var claudication = Engine.Assess(Case(68, Sex.Male, ("loc_calf", true), ("exertional_onset_relief", true), ("relief_standing_still", true),
            ("pain_at_rest", false), ("smoker", true), ("duration_weeks", 30)));

        Assert.Equal("peripheral_arterial_disease", result.Conditions[0].Id);
        Assert.Equal(TriageLevel.Emergency, result.Triage);
        Assert.Equal("peripheral_arterial_disease", claudication.Conditions[0].Id);
        Assert.Equal(TriageLevel.Consultation, claudication.Triage);
    }
}
