namespace Footfall.Assessment.Evaluation;

/// <summary>
/// Scores an engine on a vignette set exactly as spec/case-format.md defines, either handing over
/// the whole case or simulating the interview (start from age and sex, ask <c>next_question</c>,
/// answer from the vignette's evidence or "not sure" when it does not say, stop at <c>should_stop</c>).
/// </summary>
public static class EvaluationRun
{
    /// <summary>Safety of a triage against the expected level: the expected level or more urgent is
    /// always safe; one level less urgent is safe only when consultation or self_care was expected.</summary>
    public static bool IsSafe(TriageLevel expected, TriageLevel actual) =>
        actual <= expected || (expected >= TriageLevel.Consultation && actual == expected + 1);

    public static EvaluationReport Score(AssessmentEngine engine, IReadOnlyList<Vignette> vignettes, bool interview)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(vignettes);
        int top1 = 0, top3 = 0, exact = 0, safe = 0, emergencies = 0, recalled = 0, over = 0, under = 0;
        var questions = new List<int>();
        var brier = 0.0;
        var edges = CalibrationBin.Edges;
        var binCount = new int[edges.Count - 1];
        var binRight = new int[edges.Count - 1];
        var misses = new List<EvaluationMiss>();
        foreach (var vignette in vignettes)
        {
            AssessmentResult result;
            if (interview)
            {
                (result, var asked) = Interview(engine, vignette.Case);
                questions.Add(asked);
            }
            else
            {
                result = engine.Assess(vignette.Case);
            }

            var ranked = result.Conditions.Select(c => c.Id).ToArray();
            var isTop1 = ranked.Length > 0 && vignette.Accepts(ranked[0]);
            var isTop3 = ranked.Take(3).Any(vignette.Accepts);
            var isSafe = IsSafe(vignette.ExpectedTriage, result.Triage);
            var leader = result.Conditions.Count > 0 ? result.Conditions[0].Probability : 0;
            brier += Math.Pow(leader - (isTop1 ? 1 : 0), 2);
            var bin = 0;
            while (bin < binCount.Length - 1 && leader >= edges[bin + 1])
            {
                bin++;
            }

            binCount[bin]++;
            binRight[bin] += isTop1 ? 1 : 0;
            top1 += isTop1 ? 1 : 0;
            top3 += isTop3 ? 1 : 0;
            exact += result.Triage == vignette.ExpectedTriage ? 1 : 0;
            safe += isSafe ? 1 : 0;
            over += result.Triage < vignette.ExpectedTriage ? 1 : 0;
            under += result.Triage > vignette.ExpectedTriage ? 1 : 0;
            if (vignette.ExpectedTriage.IsEmergency())
            {
                emergencies++;
                recalled += result.Triage.IsEmergency() ? 1 : 0;
            }

            if (!isTop3 || !isSafe)
            {
                misses.Add(new EvaluationMiss(vignette.Id, vignette.ExpectedCondition, vignette.ExpectedTriage, ranked.Take(3).ToArray(), result.Triage, isTop3, isSafe));
            }
        }

        double Share(int hits, int of) => of == 0 ? 1 : (double)hits / of;
        return new EvaluationReport
        {
            Count = vignettes.Count,
            Top1 = Share(top1, vignettes.Count),
            Top3 = Share(top3, vignettes.Count),
            TriageExact = Share(exact, vignettes.Count),
            TriageSafe = Share(safe, vignettes.Count),
            EmergencyRecall = Share(recalled, emergencies),
            OverTriaged = over,
            UnderTriaged = under,
            QuestionsMedian = interview ? Median(questions) : null,
            QuestionsMax = interview ? (questions.Count == 0 ? 0 : questions.Max()) : null,
            Brier = vignettes.Count == 0 ? 0 : brier / vignettes.Count,
            Calibration = [.. binCount.Select((count, b) => new CalibrationBin(edges[b], edges[b + 1], count, binRight[b]))],
            Misses = misses,
        };
    }

    /// <summary>Simulates the interview for a case; returns the final result and the questions asked.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="full">The whole case; answers come from its evidence.</param>
    /// <param name="onStep">Called after each question with the question and the answer given.</param>
    public static (AssessmentResult Result, int Questions) Interview(AssessmentEngine engine, Case full, Action<InterviewStep>? onStep = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(full);
        var current = new Case(full.Age, full.Sex, dataSources: full.DataSources);
        var asked = 0;
        var result = engine.Assess(current);

        // Invariant: each step answers one new finding, so the loop ends within the finding count.
        while (!result.ShouldStop && result.NextQuestion is { } question && asked <= engine.Knowledge.Findings.Count)
        {
            var answer = full.Evidence.TryGetValue(question.FindingId, out var a) ? a : FindingAnswer.NotSure;
            current = current.With(question.FindingId, answer);
            onStep?.Invoke(new InterviewStep(question, answer));
            asked++;
            result = engine.Assess(current);
        }

        return (result, asked);
    }

    private static double Median(List<int> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
