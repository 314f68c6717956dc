using Footfall.Assessment.Knowledge;

namespace Footfall.Assessment;

/// <summary>
/// Assesses a case against the knowledge base. Deterministic, no I/O, thread-safe.
/// <list type="bullet">
/// <item>Ranking: naive Bayes over the conditions plus an "other cause" leak. Prior = condition prior
/// x age-band factor x sex factor; each known finding multiplies by its likelihood ratio
/// P(answer | condition) / P(answer | other cause); number findings count by band.</item>
/// <item>Triage: the most urgent of the red-flag rules that fire and of the severities of conditions
/// that are reasonably likely (probability at least <see cref="TriageThresholds.Likely"/>, or
/// <see cref="TriageThresholds.Emergency"/> for emergency conditions). A rule is never outweighed by
/// other evidence.</item>
/// <item>Next question: the warning-sign screen first; then follow-ups of warning signs partly present
/// or of likely conditions' rules that could raise the triage; then the unknown finding with the
/// largest expected information gain (in nats) over the hypotheses.</item>
/// <item>Stop: an emergency rule fired with nothing more urgent to check; the leader is clear; nothing
/// left is worth asking; or the question cap is reached.</item>
/// </list>
/// </summary>
public sealed class AssessmentEngine
{
    /// <summary>The finding group asked right after the warning-sign screen.</summary>
    private const string LocationGroup = "where";

    private readonly InferenceModel _model;
    private readonly KnowledgeBase _knowledge;

    public AssessmentEngine(KnowledgeBase knowledge, AssessmentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _knowledge = knowledge;
        _model = new InferenceModel(knowledge);
        Options = options ?? AssessmentOptions.Default;
    }

    public AssessmentOptions Options { get; }

    public KnowledgeBase Knowledge => _knowledge;

    /// <summary>Assesses a case.</summary>
    /// <exception cref="CaseFormatException">The case names an unknown finding or gives the wrong kind of answer.</exception>
    public AssessmentResult Assess(Case @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var state = Prepare(@case);
        var posterior = state.Posterior;
        var n = _model.HypothesisCount;

        // Triage: rules, then likely conditions' severities.
        var redFlags = new List<RedFlag>();
        var triage = TriageLevel.SelfCare;
        var ruleTriage = TriageLevel.SelfCare;
        foreach (var rule in _knowledge.Rules)
        {
            if (rule.Fires(@case.Evidence))
            {
                var findings = rule.Clauses.SelectMany(c => c.Atoms)
                    .Where(a => a.Holds(@case.Evidence.TryGetValue(a.FindingId, out var v) ? v : null))
                    .Select(a => a.FindingId).Distinct(StringComparer.Ordinal).ToArray();
                redFlags.Add(new RedFlag(rule.Id, rule.Level, rule.Reason, findings));
                ruleTriage = TriageLevels.MostUrgent(ruleTriage, rule.Level);
            }
        }

        redFlags.Sort((a, b) => a.Level.CompareTo(b.Level));
        triage = ruleTriage;
        var thresholds = _knowledge.Thresholds;
        for (var c = 0; c < _model.ConditionCount; c++)
        {
            var severity = _model.Conditions[c].Severity;
            var threshold = severity.IsEmergency() ? thresholds.Emergency : thresholds.Likely;
            if (posterior[c] >= threshold)
            {
                triage = TriageLevels.MostUrgent(triage, severity);
            }
        }

        // Next question and stop rule.
        var gains = InformationGains(state);
        var (question, stopReason) = NextQuestion(@case, state, gains, ruleTriage, triage);

        // Ranked conditions with explanations.
        var order = Enumerable.Range(0, _model.ConditionCount).Where(c => posterior[c] >= Options.ReportProbability)
            .OrderByDescending(c => posterior[c]).ThenBy(c => c).ToArray();
        var conditions = order.Select(c => Explain(c, posterior[c], @case, state)).ToArray();

        return new AssessmentResult
        {
            Triage = triage,
            Conditions = conditions,
            OtherCauseProbability = posterior[n - 1],
            RedFlags = redFlags,
            NextQuestion = question,
            ShouldStop = question is null,
            StopReason = stopReason,
            Advice = BuildAdvice(triage, posterior, order),
            SelfTests = SuggestSelfTests(triage, posterior, gains, state),
            DataEvidence = @case.DataSources.Where(d => @case.Evidence.ContainsKey(d.Key))
                .Select(d => new DataEvidence(d.Key, d.Value)).OrderBy(d => d.FindingId, StringComparer.Ordinal).ToArray(),
            Answered = @case.Evidence.Count,
        };
    }

    /// <summary>The question to render for a finding id (for a page that re-asks a question), or null.</summary>
    public Question? QuestionFor(string findingId, string purpose = "information")
    {
        var finding = _knowledge.FindFinding(findingId);
        return finding is null ? null : ToQuestion(finding, purpose);
    }

    private sealed class State
    {
        public required double[] Posterior { get; init; }

        public required double[] LogPosterior { get; init; }

        /// <summary>Outcome index per finding; -1 unknown or not sure; -2 not asked.</summary>
        public required int[] Outcome { get; init; }

        public required bool[] Answered { get; init; }
    }

    private State Prepare(Case @case)
    {
        var n = _model.HypothesisCount;
        var logw = new double[n];
        for (var c = 0; c < _model.ConditionCount; c++)
        {
            logw[c] = Math.Log(_model.Conditions[c].PriorFor(@case.Age, @case.Sex));
        }

        logw[n - 1] = Math.Log(_knowledge.OtherCausePrior);
        var outcome = new int[_model.Findings.Length];
        var answered = new bool[_model.Findings.Length];
        Array.Fill(outcome, -2);
        foreach (var (id, answer) in @case.Evidence)
        {
            if (!_model.FindingIndex.TryGetValue(id, out var f))
            {
                throw new CaseFormatException("evidence." + id, "unknown finding id");
            }

            var finding = _model.Findings[f];
            if (!answer.IsNotSure && (answer.Present is null) != (finding.Kind == FindingKind.Number))
            {
                throw new CaseFormatException("evidence." + id, finding.Kind == FindingKind.Bool ? "must be true or false" : "must be a number");
            }

            answered[f] = true;
            var k = finding.OutcomeOf(answer);
            outcome[f] = k;
            if (k < 0)
            {
                continue;
            }

            var lr = _model.LogLr[f];
            var offset = k * n;
            for (var h = 0; h < n; h++)
            {
                logw[h] += lr[offset + h];
            }
        }

        var max = logw.Max();
        var posterior = new double[n];
        var sum = 0.0;
        for (var h = 0; h < n; h++)
        {
            posterior[h] = Math.Exp(logw[h] - max);
            sum += posterior[h];
        }

        var logPosterior = new double[n];
        for (var h = 0; h < n; h++)
        {
            posterior[h] /= sum;
            logPosterior[h] = Math.Log(Math.Max(posterior[h], 1e-300));
        }

        return new State { Posterior = posterior, LogPosterior = logPosterior, Outcome = outcome, Answered = answered };
    }

    /// <summary>Expected information gain (nats) of each unanswered, runner-askable finding; NaN otherwise.</summary>
    private double[] InformationGains(State state)
    {
        var n = _model.HypothesisCount;
        var p = state.Posterior;
        var logp = state.LogPosterior;
        var entropy = 0.0;
        for (var h = 0; h < n; h++)
        {
            entropy -= p[h] * logp[h];
        }

        var gains = new double[_model.Findings.Length];
        for (var f = 0; f < gains.Length; f++)
        {
            var finding = _model.Findings[f];
            if (state.Answered[f] || finding.ClinicianOnly)
            {
                gains[f] = double.NaN;
                continue;
            }

            var prob = _model.Prob[f];
            var logProb = _model.LogProb[f];
            var expected = 0.0;
            for (var o = 0; o < finding.OutcomeCount; o++)
            {
                // Z = P(outcome); S = sum_h p_h P(o|h) log(p_h P(o|h)); E[H] = sum_o (Z log Z - S).
                var z = 0.0;
                var s = 0.0;
                var offset = o * n;
                for (var h = 0; h < n; h++)
                {
                    var joint = p[h] * prob[offset + h];
                    z += joint;
                    s += joint * (logp[h] + logProb[offset + h]);
                }

                expected += (z * Math.Log(z)) - s;
            }

            gains[f] = entropy - expected;
        }

        return gains;
    }

    private (Question? Question, string? StopReason) NextQuestion(Case @case, State state, double[] gains, TriageLevel ruleTriage, TriageLevel triage)
    {
        var evidence = @case.Evidence;

        // Follow-ups: rules that could make the triage more urgent than it is.
        string? followUp = null;
        foreach (var rule in _knowledge.Rules)
        {
            if (rule.Level >= triage || rule.Fires(evidence) || rule.CannotFire(evidence))
            {
                continue;
            }

            var triggered = (rule.FollowUp && rule.Clauses[0].Holds(evidence))
                || rule.FollowUpWhenLikely.Any(id => state.Posterior[ConditionIndex(id)] >= _knowledge.Thresholds.Screen);
            if (!triggered)
            {
                continue;
            }

            followUp = rule.Clauses.Where(c => !c.Holds(evidence)).SelectMany(c => c.Atoms)
                .Select(a => a.FindingId).FirstOrDefault(id => !evidence.ContainsKey(id) && IsAskable(id));
            if (followUp is not null)
            {
                break;
            }
        }

        if (evidence.Count >= Options.QuestionCap)
        {
            return (null, "question_cap");
        }

        if (followUp is not null)
        {
            return (ToQuestion(_knowledge.FindFinding(followUp)!, "follow_up"), null);
        }

        if (ruleTriage.IsEmergency())
        {
            return (null, "red_flag");
        }

        foreach (var rule in _knowledge.Rules)
        {
            foreach (var id in rule.Screen)
            {
                if (!evidence.ContainsKey(id) && !rule.Fires(evidence))
                {
                    return (ToQuestion(_knowledge.FindFinding(id)!, "screen"), null);
                }
            }
        }

        var leader = state.Posterior.Take(_model.ConditionCount).Max();
        if (leader >= Options.StopProbability)
        {
            return (null, "leader_clear");
        }

        // Where it hurts comes first, as in a clinical history: until one location is present, the most
        // informative unanswered location is asked (a page can show the whole group as one foot diagram).
        var locationKnown = false;
        for (var f = 0; f < gains.Length && !locationKnown; f++)
        {
            locationKnown = _model.Findings[f].Group == LocationGroup && state.Outcome[f] == 0;
        }

        var best = locationKnown ? -1 : BestGain(gains, LocationGroup);
        if (best < 0)
        {
            best = BestGain(gains, null);
        }

        return best < 0 || gains[best] < Options.MinimumInformationGain
            ? (null, "nothing_worth_asking")
            : (ToQuestion(_model.Findings[best], "information"), null);
    }

    private int BestGain(double[] gains, string? group)
    {
        var best = -1;
        for (var f = 0; f < gains.Length; f++)
        {
            if (!double.IsNaN(gains[f]) && (group is null || _model.Findings[f].Group == group) && (best < 0 || gains[f] > gains[best]))
            {
                best = f;
            }
        }

        return best;
    }

    private bool IsAskable(string findingId) => _knowledge.FindFinding(findingId) is { ClinicianOnly: false };

    private int ConditionIndex(string id)
    {
        for (var c = 0; c < _model.ConditionCount; c++)
        {
            if (_model.Conditions[c].Id == id)
            {
                return c;
            }
        }

        throw new KeyNotFoundException(id);
    }

    private static Question ToQuestion(FindingDefinition finding, string purpose) =>
        new(finding.Id, finding.Question, finding.Kind, finding.Unit, finding.Minimum, finding.Maximum, finding.Group, finding.GroupTitle, purpose);

    private ConditionAssessment Explain(int c, double probability, Case @case, State state)
    {
        var n = _model.HypothesisCount;
        var condition = _model.Conditions[c];
        var supporting = new List<FindingContribution>();
        var conflicting = new List<FindingContribution>();
        var threshold = Math.Log(Options.ExplanationRatio);
        for (var f = 0; f < _model.Findings.Length; f++)
        {
            var k = state.Outcome[f];
            if (k < 0)
            {
                continue;
            }

            var logLr = _model.LogLr[f][(k * n) + c];
            if (Math.Abs(logLr) < threshold)
            {
                continue;
            }

            var finding = _model.Findings[f];
            var contribution = new FindingContribution(finding.Id, finding.Question, finding.OutcomeLabel(k), Math.Exp(logLr),
                @case.DataSources.GetValueOrDefault(finding.Id));
            (logLr > 0 ? supporting : conflicting).Add(contribution);
        }

        supporting.Sort((a, b) => b.LikelihoodRatio.CompareTo(a.LikelihoodRatio));
        conflicting.Sort((a, b) => a.LikelihoodRatio.CompareTo(b.LikelihoodRatio));

        // The unknown findings whose answer would move this condition most: largest |log LR| of any outcome.
        var wouldHelp = new List<(string Id, double Weight)>();
        for (var f = 0; f < _model.Findings.Length; f++)
        {
            var finding = _model.Findings[f];
            if (state.Answered[f] || finding.ClinicianOnly)
            {
                continue;
            }

            var weight = 0.0;
            for (var o = 0; o < finding.OutcomeCount; o++)
            {
                weight = Math.Max(weight, Math.Abs(_model.LogLr[f][(o * n) + c]));
            }

            if (weight >= threshold)
            {
                wouldHelp.Add((finding.Id, weight));
            }
        }

        var help = wouldHelp.OrderByDescending(w => w.Weight).ThenBy(w => w.Id, StringComparer.Ordinal).Take(3).Select(w => w.Id).ToArray();
        return new ConditionAssessment(condition.Id, condition.Name, condition.Summary, condition.Severity, probability,
            supporting, conflicting, help, _knowledge.ConditionAdvice[condition.Id]);
    }

    private AssessmentAdvice BuildAdvice(TriageLevel triage, double[] posterior, int[] order)
    {
        var level = _knowledge.TriageAdvice[triage];
        var running = level.Running;
        var now = new List<string> { level.Now };
        var seek = new List<string> { level.SeeSomeoneIf };
        if (!triage.IsEmergency())
        {
            foreach (var c in order.Where(c => posterior[c] >= _knowledge.Thresholds.Likely))
            {
                var advice = _knowledge.ConditionAdvice[_model.Conditions[c].Id];
                running = (RunningAdvice)Math.Max((int)running, (int)advice.Running);
                now.Add(_model.Conditions[c].Name + ": " + advice.Now);
            }

            if (order.Length > 0)
            {
                seek.Add(_model.Conditions[order[0]].Name + ": " + _knowledge.ConditionAdvice[_model.Conditions[order[0]].Id].SeeSomeoneIf);
            }
        }

        return new AssessmentAdvice(running, level.Headline, now, seek);
    }

    private SelfTestDefinition[] SuggestSelfTests(TriageLevel triage, double[] posterior, double[] gains, State state)
    {
        if (triage.IsEmergency())
        {
            return [];
        }

        return _knowledge.SelfTests
            .Where(t => _model.FindingIndex.TryGetValue(t.FindingId, out var f) && !state.Answered[f]
                && !t.AvoidWhenLikely.Any(id => posterior[ConditionIndex(id)] >= _knowledge.Thresholds.Likely)
                && t.Conditions.Any(id => posterior[ConditionIndex(id)] >= Options.ReportProbability * 5))
            .OrderByDescending(t => gains[_model.FindingIndex[t.FindingId]] is var g && double.IsNaN(g) ? 0 : g)
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .Take(Options.MaxSelfTests)
            .ToArray();
    }
}
