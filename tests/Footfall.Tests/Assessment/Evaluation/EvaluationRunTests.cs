using Footfall.Assessment;
using Footfall.Assessment.Evaluation;
using Footfall.Tests.Support;
using static Footfall.Tests.Support.KnowledgeFixture;

namespace Footfall.Tests.Assessment.Evaluation;

public class EvaluationRunTests
{
    internal const string PlantarFasciitis = """
        { "id": "t-1", "story": "classic heel pain",
          "case": { "age": 44, "sex": "female", "evidence": { "loc_heel_plantar_medial": true, "first_steps_pain": true, "tender_fascia_insertion": true, "windlass_pain": true } },
          "expected": { "condition": "plantar_fasciitis", "triage": "self_care" } }
        """;

    internal const string Clot = """
        { "id": "t-2", "story": "swollen calf after a flight",
          "case": { "age": 50, "sex": "male", "evidence": { "loc_calf": true, "calf_swelling_one_side": true, "calf_warm_red_tender": true, "recent_long_travel_or_immobilisation": true, "breathless_chest_pain": false } },
          "expected": { "condition": "deep_vein_thrombosis", "triage": "emergency" } }
        """;

    // The same heel as t-1, labelled with a condition and a level the engine will not give: a top-3
    // miss and an under-triage (self_care against consultation_24 is unsafe).
    internal const string Mislabelled = """
        { "id": "t-3", "story": "mislabelled",
          "case": { "age": 44, "sex": "female", "evidence": { "loc_heel_plantar_medial": true, "first_steps_pain": true, "tender_fascia_insertion": true, "windlass_pain": true } },
          "expected": { "condition": "sesamoiditis", "also_acceptable": ["piriformis_syndrome"], "triage": "consultation_24" } }
        """;

    [Fact]
    public void Score_TinySet_ComputesEveryFigure()
    {
        var vignettes = new[] { PlantarFasciitis, Clot, Mislabelled }.Select(v => VignetteJson.Parse(v, KnowledgeFixture.Knowledge)).ToArray();

        var report = EvaluationRun.Score(Engine, vignettes, interview: false);

        Assert.Equal(3, report.Count);
        Assert.Equal(2 / 3.0, report.Top1, 6);
        Assert.Equal(2 / 3.0, report.Top3, 6);
        Assert.Equal(2 / 3.0, report.TriageExact, 6);
        Assert.Equal(2 / 3.0, report.TriageSafe, 6);
        Assert.Equal(1.0, report.EmergencyRecall);
        Assert.Equal(0, report.OverTriaged);
        Assert.Equal(1, report.UnderTriaged);
        Assert.Null(report.QuestionsMedian);
        var miss = Assert.Single(report.Misses);
        Assert.Equal("t-3", miss.VignetteId);
        Assert.False(miss.InTop3);
        Assert.False(miss.TriageSafe);
    }

    [Fact]
    public void Score_ConfidentWrongLeader_ShowsInBrierAndItsCalibrationBin()
    {
        var vignettes = new[] { PlantarFasciitis, Mislabelled }.Select(v => VignetteJson.Parse(v, KnowledgeFixture.Knowledge)).ToArray();
        var leader = Engine.Assess(vignettes[0].Case).Conditions[0].Probability;

        var report = EvaluationRun.Score(Engine, vignettes, interview: false);

        // The same confident heel, once right and once labelled otherwise: one bin, half right.
        var bin = Assert.Single(report.Calibration, b => b.Count > 0);
        Assert.Equal((2, 1), (bin.Count, bin.Right));
        Assert.InRange(leader, bin.Lower, bin.Upper);
        Assert.Equal((Math.Pow(1 - leader, 2) + Math.Pow(leader, 2)) / 2, report.Brier, 6);
        Assert.Equal(4, report.Calibration.Count);
    }

    [Fact]
    public void Score_Interview_CountsQuestionsAndStillFindsTheEmergency()
    {
        var vignettes = new[] { PlantarFasciitis, Clot }.Select(v => VignetteJson.Parse(v, KnowledgeFixture.Knowledge)).ToArray();

        var report = EvaluationRun.Score(Engine, vignettes, interview: true);

        Assert.Equal(1.0, report.EmergencyRecall);
        Assert.Equal(1.0, report.Top3);
        Assert.NotNull(report.QuestionsMedian);
        Assert.InRange(report.QuestionsMax!.Value, 1, Engine.Options.QuestionCap);
    }

    /// <summary>A regression guard on the whole development set (issue 3 targets), not a tuning aid.</summary>
    [Theory]
    [InlineData(false, 0.90, 0.75)]
    [InlineData(true, 0.85, 0.0)]
    public void Score_DevelopmentVignettes_MeetTheTargets(bool interview, double top3, double top1)
    {
        var folder = Path.Combine(Footfall.Tests.Support.SharedPaths.Shared, "vignettes", "dev");
        var vignettes = Directory.GetFiles(folder, "*.json").Order().Select(f => VignetteJson.Parse(File.ReadAllText(f), KnowledgeFixture.Knowledge)).ToArray();

        var report = EvaluationRun.Score(Engine, vignettes, interview);

        Assert.True(report.Top3 >= top3, $"top3 {report.Top3:P1}");
        Assert.True(report.Top1 >= top1, $"top1 {report.Top1:P1}");
        Assert.Equal(1.0, report.EmergencyRecall);
        Assert.True(report.TriageSafe >= 0.95, $"triage_safe {report.TriageSafe:P1}");
        Assert.True(!interview || report.QuestionsMedian <= 15, $"questions_median {report.QuestionsMedian}");
    }

    [Theory]
    [InlineData(TriageLevel.SelfCare, TriageLevel.SelfCare, true)]
    [InlineData(TriageLevel.SelfCare, TriageLevel.Emergency, true)]
    [InlineData(TriageLevel.Consultation, TriageLevel.SelfCare, true)]
    [InlineData(TriageLevel.Consultation24, TriageLevel.Consultation, false)]
    [InlineData(TriageLevel.Consultation24, TriageLevel.Consultation24, true)]
    [InlineData(TriageLevel.Emergency, TriageLevel.Consultation24, false)]
    [InlineData(TriageLevel.EmergencyAmbulance, TriageLevel.Emergency, false)]
    [InlineData(TriageLevel.Emergency, TriageLevel.EmergencyAmbulance, true)]
    public void IsSafe_FollowsTheSpec(TriageLevel expected, TriageLevel actual, bool safe)
    {
        Assert.Equal(safe, EvaluationRun.IsSafe(expected, actual));
    }

    [Fact]
    public void Parse_VignetteWithUnknownExpectedCondition_NamesTheKey()
    {
        var ex = Assert.Throws<CaseFormatException>(() => VignetteJson.Parse(PlantarFasciitis.Replace("\"plantar_fasciitis\"", "\"heel_spur\""), KnowledgeFixture.Knowledge));

        Assert.Equal("expected.condition", ex.Key);
    }

    [Fact]
    public void Parse_VignetteWithBadEvidence_NamesTheKeyInsideTheCase()
    {
        var ex = Assert.Throws<CaseFormatException>(() => VignetteJson.Parse(PlantarFasciitis.Replace("\"windlass_pain\": true", "\"windlass_pain\": 3"), KnowledgeFixture.Knowledge));

        Assert.Equal("case.evidence.windlass_pain", ex.Key);
    }
}
