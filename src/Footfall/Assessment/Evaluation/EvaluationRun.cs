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

    /// <summary>
    /// Runs the runner's <see cref="Assessment.Interview"/> for a case, answering every screen from it as
    /// spec/case-format.md says: a finding the case gives is answered with its value; a checklist is
    /// answered as a whole (the pain map ticked where the case says present); a warning sign the case
    /// does not mention is answered "no", any other finding it does not mention "not sure"; a warning is
    /// acknowledged unless it is an emergency, which ends on the result.
    /// </summary>
    /// <param name="engine">The engine.</param>
    /// <param name="full">The whole case; answers come from its evidence.</param>
    /// <param name="onStep">Called for each screen with the interview that answered it.</param>
    /// <returns>The final result and the screens the runner saw (a checklist counting as one).</returns>
    public static (AssessmentResult Result, int Questions) Interview(AssessmentEngine engine, Case full, Action<InterviewScreen, Interview>? onStep = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(full);
        var data = full.Evidence.Where(e => full.DataSources.ContainsKey(e.Key)).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        var interview = Assessment.Interview.Start(engine, full.Age, full.Sex, data, full.DataSources);

        // Invariant: each step answers at least one new finding or ends, so the loop ends within the
        // finding count plus the warnings.
        var limit = (engine.Knowledge.Findings.Count * 2) + engine.Knowledge.Rules.Count + 4;
        for (var i = 0; i < limit && !interview.IsComplete; i++)
        {
            var screen = interview.Screen;
            interview = screen switch
            {
                QuestionScreen q => interview.Answer(AnswerFrom(full, engine, q.Question.FindingId)),
                ChecklistScreen { EachAnswered: true } c => interview.AnswerEach(c.Items.ToDictionary(q => q.FindingId, q => AnswerFrom(full, engine, q.FindingId), StringComparer.Ordinal)),
                ChecklistScreen c => TickFrom(interview, full, c),
                WarningScreen { CanContinue: true } => interview.Acknowledge(),
                _ => interview.Finish(),
            };
            onStep?.Invoke(screen, interview);
        }

        return (interview.Result, interview.ScreensAnswered);
    }

    private static FindingAnswer AnswerFrom(Case full, AssessmentEngine engine, string findingId) =>
        full.Evidence.TryGetValue(findingId, out var a) ? a
        : engine.Knowledge.FindFinding(findingId) is { IsWarningSign: true } ? FindingAnswer.No
        : FindingAnswer.NotSure;

    /// <summary>The pain map: tick what the case says is present; a case that places the pain nowhere
    /// on the map answers it "not sure".</summary>
    private static Interview TickFrom(Interview interview, Case full, ChecklistScreen checklist)
    {
        var ticked = checklist.Items.Where(q => full.Evidence.TryGetValue(q.FindingId, out var a) && a.Present == true).Select(q => q.FindingId).ToArray();
        return ticked.Length == 0 ? interview.NotSure() : interview.Tick(ticked);
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
