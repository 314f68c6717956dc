using BenchmarkDotNet.Attributes;
using Footfall.Assessment;
using Footfall.Assessment.Knowledge;

namespace Footfall.Benchmarks;

/// <summary>
/// One interview step: ranking plus next question (expected information gain over every unknown
/// finding), explanations and triage, on a case with ten findings. Target: under 20 microseconds.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class AssessmentBenchmarks
{
    private AssessmentEngine _engine = null!;
    private Case _case = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new AssessmentEngine(KnowledgeBase.LoadDefault());
        _case = new Case(44, Sex.Female, new Dictionary<string, FindingAnswer>
        {
            ["calf_swelling_one_side"] = FindingAnswer.No,
            ["severe_pain_out_of_proportion"] = FindingAnswer.No,
            ["pale_cold_foot"] = FindingAnswer.No,
            ["loc_heel_plantar_medial"] = FindingAnswer.Yes,
            ["first_steps_pain"] = FindingAnswer.Yes,
            ["tender_fascia_insertion"] = FindingAnswer.Yes,
            ["night_pain"] = FindingAnswer.No,
            ["char_tingling_numbness"] = FindingAnswer.No,
            ["duration_weeks"] = FindingAnswer.Of(8),
            ["weekly_distance_change_pct"] = FindingAnswer.Of(30),
        });
    }

    [Benchmark]
    public AssessmentResult InterviewStep() => _engine.Assess(_case);
}
