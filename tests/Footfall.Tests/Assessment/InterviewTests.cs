using Footfall.Assessment;
using Footfall.Assessment.Evaluation;
using Footfall.Tests.Support;
using static Footfall.Tests.Support.KnowledgeFixture;

namespace Footfall.Tests.Assessment;

/// <summary>
/// The interview a runner takes, tested rule by rule from triage policy 1.1 and the interview's own
/// rules (knowledge/interview.yaml), on probe cases written from the policy, not from a vignette.
/// </summary>
public class InterviewTests
{
    private static Interview Start(int age = 35, Sex sex = Sex.Female) => Interview.Start(Engine, age, sex);

    /// <summary>Answers the opening warning checklist: "no" to every sign but the given ones.</summary>
    private static Interview Opening(Interview interview, params (string Id, FindingAnswer Answer)[] answers)
    {
        var screen = Assert.IsType<ChecklistScreen>(interview.Screen);
        return interview.AnswerEach(screen.Items.ToDictionary(
            q => q.FindingId, q => answers.FirstOrDefault(a => a.Id == q.FindingId).Answer is var a && answers.Any(x => x.Id == q.FindingId) ? a : FindingAnswer.No,
            StringComparer.Ordinal));
    }

    [Fact]
    public void Start_FirstScreen_IsOneChecklistOfWarningSignsIncludingFeverAndAHotRedSwollenFoot()
    {
        var screen = Assert.IsType<ChecklistScreen>(Start().Screen);

        Assert.Equal(QuestionPurpose.Screen, screen.Purpose);
        Assert.True(screen.EachAnswered);
        Assert.Equal(1, screen.Number);
        Assert.Contains(screen.Items, q => q.FindingId == "fever_unwell");
        Assert.Contains(screen.Items, q => q.FindingId == "hot_red_swollen_joint");
        Assert.All(screen.Items, q => Assert.True(KnowledgeFixture.Knowledge.FindFinding(q.FindingId)!.IsWarningSign));
    }

    [Fact]
    public void Checklist_CountsAsOneScreen()
    {
        var interview = Opening(Start());

        Assert.Equal(1, interview.ScreensAnswered);
        Assert.Equal(2, Assert.IsType<QuestionScreen>(interview.Screen).Number);
    }

    [Fact]
    public void NotSureToAWarningSign_IsAskedAgainInPlainerWords()
    {
        var interview = Opening(Start(), ("pale_cold_foot", FindingAnswer.NotSure));

        var recheck = Assert.IsType<QuestionScreen>(interview.Screen).Question;
        Assert.Equal(("pale_cold_foot", QuestionPurpose.Recheck), (recheck.FindingId, recheck.Purpose));
        Assert.NotEqual(KnowledgeFixture.Knowledge.FindFinding("pale_cold_foot")!.Question, recheck.Text);
        Assert.DoesNotContain(interview.Result.RedFlags, f => f.RuleId == AssessmentEngine.UnsureWarningRule);
    }

    [Fact]
    public void NotSureToEveryWarningSign_TwiceOver_EndsAtLeastWithin24HoursNamingTheSigns()
    {
        var interview = Start().NotSure();
        var rechecks = new List<string>();
        while (interview.Screen is QuestionScreen { Question.Purpose: QuestionPurpose.Recheck } q)
        {
            rechecks.Add(q.Question.FindingId);
            interview = interview.NotSure();
        }

        var warning = Assert.IsType<WarningScreen>(interview.Screen);
        var flag = Assert.Single(warning.Warnings, f => f.RuleId == AssessmentEngine.UnsureWarningRule);
        Assert.Equal(KnowledgeFixture.Knowledge.Interview.OpeningScreen, rechecks);
        Assert.Equal(KnowledgeFixture.Knowledge.Interview.OpeningScreen.Order(), flag.FindingIds.Order());
        Assert.Contains("pale, cold or blue", flag.Reason);
        Assert.True(warning.CanContinue);
        var result = interview.Finish().Result;
        Assert.True(result.Triage <= TriageLevel.Consultation24);
    }

    [Fact]
    public void NotSureThenYesOnTheRecheck_CountsTheSignAsPresent()
    {
        var interview = Opening(Start(), ("pale_cold_foot", FindingAnswer.NotSure)).Answer(FindingAnswer.Yes);

        Assert.True(interview.Result.Triage.IsEmergency());
    }

    [Fact]
    public void NotSureThenNoOnTheRecheck_LeavesNoUnsureSign()
    {
        var interview = Opening(Start(), ("pale_cold_foot", FindingAnswer.NotSure)).Answer(FindingAnswer.No);

        Assert.DoesNotContain(interview.Result.RedFlags, f => f.RuleId == AssessmentEngine.UnsureWarningRule);
        Assert.IsType<QuestionScreen>(interview.Screen);
    }

    [Fact]
    public void FinishingWhileARecheckWaits_CountsTheSignAsUnsure()
    {
        var result = Opening(Start(), ("calf_swelling_one_side", FindingAnswer.NotSure)).Finish().Result;

        Assert.Contains(result.RedFlags, f => f.RuleId == AssessmentEngine.UnsureWarningRule && f.FindingIds.Contains("calf_swelling_one_side"));
        Assert.True(result.Triage <= TriageLevel.Consultation24);
    }

    [Fact]
    public void FeverOnTheOpeningScreen_InterruptsAtOnceWithin24Hours()
    {
        var interview = Opening(Start(60, Sex.Male), ("fever_unwell", FindingAnswer.Yes), ("hot_red_swollen_joint", FindingAnswer.Yes));

        var warning = Assert.IsType<WarningScreen>(interview.Screen);
        Assert.True(warning.Level <= TriageLevel.Consultation24);
        Assert.Contains(warning.Warnings, f => f.FindingIds.Contains("fever_unwell"));
    }

    [Theory]
    [InlineData("calf_swelling_one_side")]
    [InlineData("pale_cold_foot")]
    [InlineData("severe_pain_out_of_proportion")]
    [InlineData("saddle_numbness")]
    public void EmergencySign_InterruptsWithNoWayToContinue(string sign)
    {
        var interview = Opening(Start(), (sign, FindingAnswer.Yes));
        while (interview.Screen is QuestionScreen { Question.Purpose: QuestionPurpose.FollowUp } followUp)
        {
            // "No" to every follow-up, except that a fired rule's exception is answered so that it
            // does not apply (the pale foot is pale at rest): the sign stays what it was.
            var exception = Engine.Knowledge.Rules.SelectMany(r => r.Unless).FirstOrDefault(a => a.FindingId == followUp.Question.FindingId);
            interview = interview.Answer(exception is { Operator: "absent" } ? FindingAnswer.Yes : FindingAnswer.No);
        }

        var warning = Assert.IsType<WarningScreen>(interview.Screen);
        Assert.True(warning.Level.IsEmergency());
        Assert.False(warning.CanContinue);
        Assert.Throws<InvalidOperationException>(() => interview.Acknowledge());
    }

    [Fact]
    public void EmergencyResults_SayOneThingInTheirOwnWords()
    {
        var clot = Engine.Assess(Case(40, Sex.Female, ("calf_swelling_one_side", true)));
        var caudaEquina = Engine.Assess(Case(40, Sex.Female, ("saddle_numbness", true)));
        var lungs = Engine.Assess(Case(40, Sex.Female, ("calf_swelling_one_side", true), ("breathless_chest_pain", true)));

        Assert.Single(clot.Advice.Now);
        Assert.Single(caudaEquina.Advice.Now);
        Assert.NotEqual(clot.Advice.Now[0], caudaEquina.Advice.Now[0]);
        Assert.Contains("emergency department", clot.Advice.Now[0]);
        Assert.Contains("cauda equina", caudaEquina.Advice.Now[0]);
        Assert.Equal(TriageLevel.EmergencyAmbulance, lungs.Triage);
        Assert.Contains("911", lungs.Advice.Now[0]);
        Assert.Contains("999", EmergencyNumbers.Fill(lungs.RedFlags[0].Action!, "GB"));
        Assert.DoesNotContain("{", EmergencyNumbers.Fill(lungs.RedFlags[0].Action!, "US"));
    }

    [Fact]
    public void EmergencyWithAMoreUrgentSignStillUnknown_AsksItBeforeInterrupting()
    {
        // Breathlessness is on the opening screen; pitting oedema is not, and a clot is already an emergency.
        var interview = Opening(Start(50, Sex.Male), ("calf_swelling_one_side", FindingAnswer.Yes), ("breathless_chest_pain", FindingAnswer.Yes));

        var warning = Assert.IsType<WarningScreen>(interview.Screen);
        Assert.Equal(TriageLevel.EmergencyAmbulance, warning.Level);
    }

    [Fact]
    public void LoadingTests_AreNeverAskedWhileABoneStressInjuryIsReasonablyLikely_PressingOnTheBoneInstead()
    {
        // A heel that hurts on squeezing, earlier in every run, in a runner who has just added mileage.
        var probe = Case(24, Sex.Female,
            ("loc_heel_center", true), ("loc_heel_plantar_medial", true), ("calcaneal_squeeze_pain", true), ("pain_progressing_earlier", true),
            ("recent_mileage_increase", true), ("char_deep_ache", true), ("sudden_onset_injury", false), ("duration_weeks", 3));
        var asked = new List<string>();
        var threshold = KnowledgeFixture.Knowledge.Interview.LoadingTestThreshold;
        var boneConditions = new[] { "calcaneal_stress_fracture", "metatarsal_stress_fracture", "navicular_stress_fracture", "acute_foot_fracture" };

        EvaluationRun.Interview(Engine, probe, (screen, _) =>
        {
            if (screen is QuestionScreen q)
            {
                asked.Add(q.Question.FindingId);
                var boneRisk = screen.Result.Conditions.Where(c => boneConditions.Contains(c.Id)).Select(c => c.Probability).DefaultIfEmpty(0).Max();
                if (boneRisk >= threshold)
                {
                    Assert.False(KnowledgeFixture.Knowledge.Interview.IsLoadingTest(q.Question.FindingId), $"{q.Question.FindingId} asked at bone risk {boneRisk:F2}");
                }
            }
        });

        Assert.DoesNotContain("hop_pain", asked);
        Assert.Contains(asked, id => id is "bone_point_tender" or "calcaneal_squeeze_pain");
    }

    [Fact]
    public void SelfTests_NeverSuggestAHopWhileAFractureIsReasonablyLikely()
    {
        var result = Engine.Assess(Case(24, Sex.Female, ("loc_dorsal_forefoot", true), ("tender_metatarsal_shaft", true), ("recent_mileage_increase", true)));

        Assert.DoesNotContain(result.SelfTests, t => KnowledgeFixture.Knowledge.Interview.IsLoadingTest(t.FindingId));
    }

    [Fact]
    public void StopRule_NeverStopsWhileAFindingThatWouldRaiseTheTriageIsUnanswered()
    {
        // A runner with top-of-forefoot pain after a mileage jump: the tender base of the 5th metatarsal
        // (a high-risk site, consultation_24) must be checked before the interview ends.
        var probe = Case(28, Sex.Male,
            ("loc_dorsal_forefoot", true), ("tender_metatarsal_shaft", true), ("recent_mileage_increase", true), ("pain_progressing_earlier", true),
            ("sudden_onset_injury", false), ("duration_weeks", 4));
        var asked = new List<(string Id, QuestionPurpose Purpose)>();

        var (result, _) = EvaluationRun.Interview(Engine, probe, (screen, _) =>
        {
            if (screen is QuestionScreen q)
            {
                asked.Add((q.Question.FindingId, q.Question.Purpose));
            }
        });

        Assert.Contains(asked, a => a.Id == "tender_base_5th_or_2nd_metatarsal");
        Assert.True(result.ShouldStop);
    }

    [Fact]
    public void WarningSignFollowUp_ComesBeforeTheCap()
    {
        var engine = new AssessmentEngine(KnowledgeFixture.Knowledge, AssessmentOptions.Default with { QuestionCap = 2 });
        var interview = Interview.Start(engine, 30, Sex.Male);
        interview = interview.AnswerEach(((ChecklistScreen)interview.Screen).Items.ToDictionary(q => q.FindingId, _ => FindingAnswer.No, StringComparer.Ordinal));
        interview = interview.Answer(FindingAnswer.Yes); // started with an injury: the fracture signs follow up

        Assert.Equal(2, interview.ScreensAnswered);
        var next = Assert.IsType<QuestionScreen>(interview.Screen);
        Assert.Contains(next.Question.Purpose, (QuestionPurpose[])[QuestionPurpose.FollowUp, QuestionPurpose.TriageCheck]);
    }

    [Fact]
    public void AnInterviewWithoutAClearPicture_SaysSoAndTriagesAtLeastConsultation()
    {
        var interview = Opening(Start(45, Sex.Male));
        while (!interview.IsComplete)
        {
            interview = interview.Screen switch
            {
                WarningScreen { CanContinue: true } => interview.Acknowledge(),
                WarningScreen => interview.Finish(),
                _ => interview.NotSure(),
            };
        }

        var result = interview.Result;
        Assert.False(result.ClearPicture);
        Assert.Contains(result.RedFlags, f => f.RuleId == AssessmentEngine.UnclearPictureRule);
        Assert.True(result.Triage <= TriageLevel.Consultation);
    }

    [Fact]
    public void ClassicPlantarFasciitis_AsksAboutFirstStepsAndStopsWithinTwelveScreens()
    {
        var probe = Case(44, Sex.Female,
            ("loc_heel_plantar_medial", true), ("first_steps_pain", true), ("tender_fascia_insertion", true), ("windlass_pain", true),
            ("sudden_onset_injury", false), ("duration_weeks", 8), ("char_sharp_stabbing", true));
        var asked = new List<string>();

        var (result, screens) = EvaluationRun.Interview(Engine, probe, (screen, _) =>
        {
            if (screen is QuestionScreen q)
            {
                asked.Add(q.Question.FindingId);
            }
        });

        Assert.Contains("first_steps_pain", asked);
        Assert.Equal("plantar_fasciitis", result.Conditions[0].Id);
        Assert.Equal(TriageLevel.SelfCare, result.Triage);
        Assert.InRange(screens, 8, 12);
    }

    [Fact]
    public void Back_UndoesTheLastScreenAndAWarningWithIt()
    {
        var opened = Opening(Start());
        var answered = opened.Answer(FindingAnswer.Yes);

        Assert.Equal(((QuestionScreen)opened.Screen).Question, ((QuestionScreen)answered.Back().Screen).Question);
        var warned = Opening(Start(), ("fever_unwell", FindingAnswer.Yes));
        var continued = warned.Acknowledge();
        Assert.IsType<WarningScreen>(warned.Screen);
        Assert.IsType<ChecklistScreen>(continued.Back().Screen);
        Assert.IsType<ChecklistScreen>(Start().Back().Screen);
    }

    [Fact]
    public void Replay_OfTheStepsTaken_GivesTheSameScreen()
    {
        var interview = Opening(Start(), ("fever_unwell", FindingAnswer.Yes)).Acknowledge().Answer(FindingAnswer.No);

        var replayed = Interview.Replay(Engine, interview.Age, interview.Sex, interview.Steps);

        Assert.Equal(interview.Steps.Count, replayed.Steps.Count);
        Assert.Equal(interview.Screen.GetType(), replayed.Screen.GetType());
        Assert.Equal(interview.Result.Plan.FindingIds, replayed.Result.Plan.FindingIds);
    }

    [Fact]
    public void AnswerOutOfRange_IsRefusedNamingTheFinding()
    {
        var interview = Opening(Start()).Answer(FindingAnswer.No);
        interview = interview.Tick(["loc_heel_plantar_medial"]);
        while (interview.Screen is QuestionScreen { Question.Kind: not Footfall.Assessment.Knowledge.FindingKind.Number })
        {
            interview = interview.NotSure();
        }

        if (interview.Screen is QuestionScreen q)
        {
            var ex = Assert.Throws<CaseFormatException>(() => interview.Answer(FindingAnswer.Of(q.Question.Maximum + 1)));
            Assert.Equal("evidence." + q.Question.FindingId, ex.Key);
        }

        Assert.Throws<CaseFormatException>(() => Opening(Start()).Answer(FindingAnswer.No).Tick(["not_a_place"]));
    }

    [Fact]
    public void Simulation_AnswersAnUnmentionedWarningSignNo_AndAnyOtherFindingNotSure()
    {
        var probe = Case(44, Sex.Female, ("loc_heel_plantar_medial", true));
        var answers = new Dictionary<string, FindingAnswer>(StringComparer.Ordinal);

        EvaluationRun.Interview(Engine, probe, (_, after) =>
        {
            foreach (var (id, answer) in after.Steps[^1].Answers)
            {
                answers[id] = answer;
            }
        });

        Assert.All(KnowledgeFixture.Knowledge.Interview.OpeningScreen, id => Assert.Equal(FindingAnswer.No, answers[id]));
        Assert.Equal(FindingAnswer.Yes, answers["loc_heel_plantar_medial"]);
        Assert.Equal(FindingAnswer.No, answers["loc_calf"]);
        Assert.Contains(answers, a => !KnowledgeFixture.Knowledge.FindFinding(a.Key)!.IsWarningSign && KnowledgeFixture.Knowledge.FindFinding(a.Key)!.Group != "where" && a.Value.IsNotSure);
    }
}
