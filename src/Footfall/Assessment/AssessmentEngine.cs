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
/// <item>Next question, in this order: follow-ups of warning signs partly present, or of likely
/// conditions' rules, that could make the triage more urgent; the warning-sign screen (per danger, its
/// signs in order until one is answered yes or no); the opening questions (how it started); where it
/// hurts (the location most likely present, until one is); then the unknown finding with the largest
/// expected information gain (in nats) over the hypotheses.</item>
/// <item>Stop: an emergency rule fired with nothing more urgent to check; the leader is clear; nothing
/// left is worth asking; or the question cap is reached.</item>
/// </list>
/// </summary>
public sealed class AssessmentEngine
{
    private readonly InferenceModel _model;
    private readonly KnowledgeBase _knowledge;
    private readonly Dictionary<string, int> _conditionIndex;

    public AssessmentEngine(KnowledgeBase knowledge, AssessmentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _knowledge = knowledge;
        _model = new InferenceModel(knowledge);
        _conditionIndex = Enumerable.Range(0, _model.ConditionCount).ToDictionary(c => _model.Conditions[c].Id, StringComparer.Ordinal);
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

        // Triage: rules, then likely conditions' severities.
        var redFlags = new List<RedFlag>();
        var ruleTriage = TriageLevel.SelfCare;
        var fired = new bool[_knowledge.Rules.Count];
        for (var r = 0; r < fired.Length; r++)
        {
            var rule = _knowledge.Rules[r];
            if (fired[r] = rule.Fires(@case.Evidence))
            {
                var findings = rule.Clauses.SelectMany(c => c.Atoms)
                    .Where(a => a.Holds(@case.Evidence.TryGetValue(a.FindingId, out var v) ? v : null))
                    .Select(a => a.FindingId).Distinct(StringComparer.Ordinal).ToArray();
                redFlags.Add(new RedFlag(rule.Id, rule.Level, rule.Reason, findings));
                ruleTriage = TriageLevels.MostUrgent(ruleTriage, rule.Level);
            }
        }

        redFlags.Sort((a, b) => a.Level.CompareTo(b.Level));
        var triage = ruleTriage;
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

        // A profile that presents differently from its condition (acute limb ischaemia) counts
        // with its own severity.
        for (var h = _model.ConditionCount; h < _model.HypothesisCount - 1; h++)
        {
            var severity = _model.Severity[h];
            var threshold = severity.IsEmergency() ? thresholds.Emergency : thresholds.Likely;
            if (state.HypothesisPosterior[h] >= threshold)
            {
                triage = TriageLevels.MostUrgent(triage, severity);
            }
        }

        // Next question and stop rule.
        var gains = InformationGains(state);
        var (question, stopReason) = NextQuestion(@case, state, gains, fired, ruleTriage, triage);

        // Ranked conditions with explanations.
        var order = Enumerable.Range(0, _model.ConditionCount).Where(c => posterior[c] >= Options.ReportProbability)
            .OrderByDescending(c => posterior[c]).ThenBy(c => c).ToArray();
        var conditions = order.Select(c => Explain(c, posterior[c], @case, state)).ToArray();

        return new AssessmentResult
        {
            Triage = triage,
            Conditions = conditions,
            OtherCauseProbability = posterior[^1],
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
        /// <summary>Per condition, then the leak: the sum over each condition's profiles.</summary>
        public required double[] Posterior { get; init; }

        /// <summary>Per hypothesis (profiles, then the leak).</summary>
        public required double[] HypothesisPosterior { get; init; }

        public required double[] LogPosterior { get; init; }

        /// <summary>Outcome index per finding; -1 unknown or not sure; -2 not asked.</summary>
        public required int[] Outcome { get; init; }

        public required bool[] Answered { get; init; }
    }

    private State Prepare(Case @case)
    {
        var n = _model.HypothesisCount;
        var logw = new double[n];
        _model.LogPriors(@case.Age, @case.Sex).CopyTo(logw, 0);
        var outcome = new int[_model.Findings.Length];
        var answered = new bool[_model.Findings.Length];
        Array.Fill(outcome, -2);

        // Correlated findings: each answer of a group adds damping x its log LR; the strongest
        // supporting and the strongest opposing answer of the group per hypothesis are then topped
        // up to their full weight (CorrelationGroup).
        var groups = _model.Damping.Length;
        Span<double> strongest = groups * n * 2 <= 4096 ? stackalloc double[groups * n * 2] : new double[groups * n * 2];
        strongest.Clear();
        var grouped = false;
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

            if (answer.Number is { } number && (number < finding.Minimum || number > finding.Maximum || double.IsNaN(number)))
            {
                throw new CaseFormatException("evidence." + id, $"{number.ToString(System.Globalization.CultureInfo.InvariantCulture)} is out of range");
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
            var g = _model.CorrelationGroupOf[f];
            if (g < 0)
            {
                for (var h = 0; h < n; h++)
                {
                    logw[h] += lr[offset + h];
                }

                continue;
            }

            grouped = true;
            var d = _model.Damping[g];
            var top = strongest.Slice(g * n * 2, n * 2);
            for (var h = 0; h < n; h++)
            {
                var l = lr[offset + h];
                logw[h] += d * l;
                if (l > top[h])
                {
                    top[h] = l;
                }
                else if (l < top[n + h])
                {
                    top[n + h] = l;
                }
            }
        }

        if (grouped)
        {
            for (var g = 0; g < groups; g++)
            {
                var rest = 1 - _model.Damping[g];
                var top = strongest.Slice(g * n * 2, n * 2);
                for (var h = 0; h < n; h++)
                {
                    logw[h] += rest * (top[h] + top[n + h]);
                }
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
        var conditions = new double[_model.ConditionCount + 1];
        for (var h = 0; h < n; h++)
        {
            posterior[h] /= sum;
            logPosterior[h] = Math.Log(Math.Max(posterior[h], 1e-300));
            conditions[_model.ConditionOf[h]] += posterior[h];
        }

        return new State { Posterior = conditions, HypothesisPosterior = posterior, LogPosterior = logPosterior, Outcome = outcome, Answered = answered };
    }

    /// <summary>Expected information gain (nats) of each unanswered, runner-askable finding; NaN otherwise.</summary>
    private double[] InformationGains(State state)
    {
        var n = _model.HypothesisCount;
        var p = state.HypothesisPosterior;
        var logp = state.LogPosterior;
        var entropy = 0.0;
        for (var h = 0; h < n; h++)
        {
            entropy -= p[h] * logp[h];
        }

        // Hypotheses below 1e-9 change no expected entropy measurably (each term is bounded by
        // p log p); leaving them out keeps an interview step fast.
        Span<int> active = stackalloc int[n];
        var count = 0;
        for (var h = 0; h < n; h++)
        {
            if (p[h] >= 1e-9)
            {
                active[count++] = h;
            }
        }

        active = active[..count];
        var gains = new double[_model.Findings.Length];
        for (var f = 0; f < gains.Length; f++)
        {
            if (state.Answered[f] || !_model.Askable[f])
            {
                gains[f] = double.NaN;
                continue;
            }

            var prob = _model.Prob[f];
            var logProb = _model.LogProb[f];
            var expected = 0.0;
            var outcomes = _model.OutcomeCount[f];
            for (var o = 0; o < outcomes; o++)
            {
                // Z = P(outcome); S = sum_h p_h P(o|h) log(p_h P(o|h)); E[H] = sum_o (Z log Z - S).
                var z = 0.0;
                var s = 0.0;
                var offset = o * n;
                foreach (var h in active)
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

    private (Question? Question, string? StopReason) NextQuestion(Case @case, State state, double[] gains, bool[] fired, TriageLevel ruleTriage, TriageLevel triage)
    {
        var evidence = @case.Evidence;

        // Follow-ups: rules that could make the triage more urgent than it is.
        string? followUp = null;
        for (var r = 0; r < fired.Length && followUp is null; r++)
        {
            var rule = _knowledge.Rules[r];
            if (rule.Level >= triage || fired[r])
            {
                continue;
            }

            var triggered = (rule.FollowUp && rule.Clauses[0].Holds(evidence))
                || rule.FollowUpWhenLikely.Any(id => state.Posterior[ConditionIndex(id)] >= rule.FollowUpThreshold);
            if (!triggered || rule.CannotFire(evidence))
            {
                continue;
            }

            followUp = rule.Clauses.Where(c => !c.Holds(evidence)).SelectMany(c => c.Atoms)
                .Select(a => a.FindingId).FirstOrDefault(id => !evidence.ContainsKey(id) && IsAskable(id));
        }

        // A rule that fired only because its exception is unknown ("pale foot, unless it is fine at
        // rest"): ask the exception; the triage stays urgent until it is answered.
        for (var r = 0; r < fired.Length && followUp is null; r++)
        {
            var rule = _knowledge.Rules[r];
            if (fired[r] && rule.Level == ruleTriage)
            {
                followUp = rule.Unless.Select(a => a.FindingId).FirstOrDefault(id => !evidence.ContainsKey(id) && IsAskable(id));
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

        // The warning-sign screen: per rule, its screen findings in order until one is answered yes
        // or no (a "not sure" moves on to the next sign of the same danger).
        for (var r = 0; r < fired.Length; r++)
        {
            var screen = _knowledge.Rules[r].Screen;
            if (fired[r] || screen.Any(id => evidence.TryGetValue(id, out var a) && !a.IsNotSure))
            {
                continue;
            }

            var next = screen.FirstOrDefault(id => !evidence.ContainsKey(id));
            if (next is not null)
            {
                return (ToQuestion(_knowledge.FindFinding(next)!, "screen"), null);
            }
        }

        foreach (var id in Options.OpeningQuestions)
        {
            if (!evidence.ContainsKey(id) && IsAskable(id))
            {
                return (ToQuestion(_knowledge.FindFinding(id)!, "opening"), null);
            }
        }

        var leader = state.Posterior.Take(_model.ConditionCount).Max();
        if (leader >= Options.StopProbability && evidence.Count >= Options.MinimumQuestions)
        {
            return (null, "leader_clear");
        }

        // Where it hurts comes first, as in a clinical history: until one location is present, the
        // unanswered location most likely to be present is asked (a page can show the whole group as
        // one foot diagram).
        // A runner who is unsure of several places moves on to the other questions.
        var locationKnown = false;
        var locationUnsure = 0;
        for (var f = 0; f < gains.Length && !locationKnown; f++)
        {
            if (_model.Findings[f].Role == InterviewRole.Location)
            {
                locationKnown = state.Outcome[f] == 0;
                locationUnsure += state.Answered[f] && state.Outcome[f] == -1 ? 1 : 0;
            }
        }

        locationKnown |= locationUnsure >= Options.LocationUnsureLimit;

        // While the search for the place goes on, every few "not sure" places the most informative
        // question on the pattern (what it feels like, when it hurts) is slipped in, as a clinician
        // turns to the story when a patient cannot place the pain.
        var otherAnswered = 0;
        for (var f = 0; f < gains.Length; f++)
        {
            var role = _model.Findings[f].Role;
            otherAnswered += state.Answered[f] && role != InterviewRole.Location && role != InterviewRole.Warning
                && !Options.OpeningQuestions.Contains(_model.Findings[f].Id) ? 1 : 0;
        }

        var interleave = !locationKnown && locationUnsure >= Options.LocationBatch * (otherAnswered + 1);
        var best = locationKnown ? -1 : interleave ? BestGain(gains, InterviewRole.Pattern) : MostLikelyPresent(gains, state, InterviewRole.Location);
        if (best < 0)
        {
            best = BestGain(gains, null);
        }

        return best < 0 || gains[best] < Options.MinimumInformationGain
            ? (null, "nothing_worth_asking")
            : (ToQuestion(_model.Findings[best], "information"), null);
    }

    /// <summary>The askable unanswered finding of a group most likely to be present: searching for
    /// where it hurts in this order finds it in the fewest questions.</summary>
    private int MostLikelyPresent(double[] gains, State state, InterviewRole role)
    {
        var best = -1;
        var bestP = -1.0;
        var n = _model.HypothesisCount;
        for (var f = 0; f < gains.Length; f++)
        {
            if (double.IsNaN(gains[f]) || _model.Findings[f].Role != role)
            {
                continue;
            }

            var p = 0.0;
            for (var h = 0; h < n; h++)
            {
                p += state.HypothesisPosterior[h] * _model.Prob[f][h];
            }

            if (p > bestP)
            {
                (best, bestP) = (f, p);
            }
        }

        return best;
    }

    private int BestGain(double[] gains, InterviewRole? role)
    {
        var best = -1;
        for (var f = 0; f < gains.Length; f++)
        {
            if (!double.IsNaN(gains[f]) && (role is null || _model.Findings[f].Role == role) && (best < 0 || gains[f] > gains[best]))
            {
                best = f;
            }
        }

        return best;
    }

    private bool IsAskable(string findingId) => _knowledge.FindFinding(findingId) is { ClinicianOnly: false };

    private int ConditionIndex(string id) => _conditionIndex[id];

    private static Question ToQuestion(FindingDefinition finding, string purpose) =>
        new(finding.Id, finding.Question, finding.Kind, finding.Unit, finding.Minimum, finding.Maximum, finding.Group, finding.GroupTitle, purpose);

    private ConditionAssessment Explain(int c, double probability, Case @case, State state)
    {
        var n = _model.HypothesisCount;
        var condition = _model.Conditions[c];

        // A condition with several profiles is explained by its most likely one.
        var h = c;
        for (var other = _model.ConditionCount; other < n - 1; other++)
        {
            if (_model.ConditionOf[other] == c && state.HypothesisPosterior[other] > state.HypothesisPosterior[h])
            {
                h = other;
            }
        }

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

            var logLr = _model.LogLr[f][(k * n) + h];
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

        // The unknown findings whose answer would move this condition most: largest |log LR| of any
        // outcome; the top three kept by insertion (ties keep the knowledge-base order).
        var top = new (int Finding, double Weight)[3];
        var kept = 0;
        for (var f = 0; f < _model.Findings.Length; f++)
        {
            var weight = _model.MaxAbsLogLr[f][h];
            if (weight < threshold || state.Answered[f] || !_model.Askable[f] || (kept == top.Length && weight <= top[^1].Weight))
            {
                continue;
            }

            var i = Math.Min(kept, top.Length - 1);
            while (i > 0 && top[i - 1].Weight < weight)
            {
                top[i] = top[i - 1];
                i--;
            }

            top[i] = (f, weight);
            kept = Math.Min(kept + 1, top.Length);
        }

        var help = new string[kept];
        for (var i = 0; i < kept; i++)
        {
            help[i] = _model.Findings[top[i].Finding].Id;
        }

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
