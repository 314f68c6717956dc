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
    private readonly int[] _boneRisk;
    private readonly (SelfTestDefinition Test, int Finding, int[] Avoid, int[] Helps)[] _selfTestIndex;
    private readonly CompiledRule[] _rules;
    private readonly Func<string, bool> _isLocation;

    /// <summary>The arrays one assessment works in, kept per thread between calls (an assessment is
    /// synchronous and allocates them afresh when called again while one is running).</summary>
    [ThreadStatic]
    private static Workspace? t_workspace;

    public AssessmentEngine(KnowledgeBase knowledge, AssessmentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _knowledge = knowledge;
        _model = new InferenceModel(knowledge);
        _conditionIndex = Enumerable.Range(0, _model.ConditionCount).ToDictionary(c => _model.Conditions[c].Id, StringComparer.Ordinal);
        Options = options ?? AssessmentOptions.Default;

        // The conditions during which no loading test is asked: the avoid-when lists of the loading tests' self-tests.
        _selfTestIndex = [.. knowledge.SelfTests.Select(t => (t, _model.FindingIndex.TryGetValue(t.FindingId, out var f) ? f : -1,
            t.AvoidWhenLikely.Select(id => _conditionIndex[id]).ToArray(), t.Conditions.Select(id => _conditionIndex[id]).ToArray()))];
        _boneRisk = [.. knowledge.SelfTests.Where(t => knowledge.Interview.IsLoadingTest(t.FindingId))
            .SelectMany(t => t.AvoidWhenLikely).Distinct(StringComparer.Ordinal).Select(id => _conditionIndex[id])];
        _rules = [.. knowledge.Rules.Select(r => new CompiledRule(
            [.. r.Clauses.Select(c => (Math.Max(1, c.MinCount), Compile(c.Atoms)))], Compile(r.Unless)))];
        _isLocation = IsLocation;
    }

    private (int Finding, RuleAtom Atom)[] Compile(IReadOnlyList<RuleAtom> atoms) =>
        [.. atoms.Select(a => (_model.FindingIndex.TryGetValue(a.FindingId, out var f) ? f : -1, a))];

    public AssessmentOptions Options { get; }

    public KnowledgeBase Knowledge => _knowledge;

    /// <summary>Assesses a whole case (a warning sign marked "not sure" counts as unsure at once).</summary>
    /// <exception cref="CaseFormatException">The case names an unknown finding or gives the wrong kind of answer.</exception>
    public AssessmentResult Assess(Case @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return Assess(@case, InterviewProgress.FromCase(@case, _knowledge.Interview.OpeningScreen, _isLocation));
    }

    /// <summary>Assesses a case at a point of an interview, planning the interview's next screen.</summary>
    /// <exception cref="CaseFormatException">The case names an unknown finding or gives the wrong kind of answer.</exception>
    public AssessmentResult Assess(Case @case, InterviewProgress progress)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(progress);
        var workspace = t_workspace is { } kept && ReferenceEquals(kept.Owner, this) ? kept : new Workspace(this);
        t_workspace = null;
        try
        {
            return Assess(@case, progress, workspace);
        }
        finally
        {
            t_workspace = workspace;
        }
    }

    private AssessmentResult Assess(Case @case, InterviewProgress progress, Workspace workspace)
    {
        var state = Prepare(@case, workspace.State);
        var posterior = state.Posterior;
        var policy = _knowledge.Interview;

        // Triage: rules, then likely conditions' severities.
        var redFlags = new List<RedFlag>();
        var ruleTriage = TriageLevel.SelfCare;
        var fired = workspace.Fired;
        for (var r = 0; r < fired.Length; r++)
        {
            var rule = _knowledge.Rules[r];
            if (fired[r] = _rules[r].Fires(state))
            {
                var findings = rule.Clauses.SelectMany(c => c.Atoms)
                    .Where(a => a.Holds(@case.Evidence.TryGetValue(a.FindingId, out var v) ? v : null))
                    .Select(a => a.FindingId).Distinct(StringComparer.Ordinal).ToArray();
                redFlags.Add(new RedFlag(rule.Id, rule.Level, rule.Reason, findings, Action(rule)));
                ruleTriage = TriageLevels.MostUrgent(ruleTriage, rule.Level);
            }
        }

        // "Not sure" is not "no": a warning sign still unsure after its re-ask counts on its own.
        List<string>? unsure = null;
        foreach (var (id, answer) in @case.Evidence)
        {
            if (answer.IsNotSure && _knowledge.FindFinding(id) is { IsWarningSign: true } && !progress.PendingRechecks.Contains(id))
            {
                (unsure ??= []).Add(id);
            }
        }

        if (unsure is not null)
        {
            var signs = string.Join("; ", unsure.Select(id => Lower(_knowledge.FindFinding(id)!.Question)));
            redFlags.Add(new RedFlag(UnsureWarningRule, policy.UnsureWarningLevel, policy.UnsureWarningReason.Replace("{signs}", signs, StringComparison.Ordinal), [.. unsure]));
            ruleTriage = TriageLevels.MostUrgent(ruleTriage, policy.UnsureWarningLevel);
        }

        var triage = TriageLevels.MostUrgent(ruleTriage, SeverityTriage(state.HypothesisPosterior));

        // A result without a clear picture says so and is seen by someone.
        var leader = 0.0;
        for (var c = 0; c < _model.ConditionCount; c++)
        {
            leader = Math.Max(leader, posterior[c]);
        }

        var clear = leader >= policy.ClearPictureProbability && leader > posterior[^1];
        if (!clear)
        {
            redFlags.Add(new RedFlag(UnclearPictureRule, policy.UnclearPictureLevel, policy.UnclearPictureReason, []));
            triage = TriageLevels.MostUrgent(triage, policy.UnclearPictureLevel);
        }

        if (redFlags.Count > 1)
        {
            redFlags.Sort(static (a, b) => a.Level.CompareTo(b.Level));
        }

        // Next screen and stop rule.
        var gains = workspace.Gains.Reset(state);
        var plan = NextScreen(@case, state, gains, fired, ruleTriage, triage, progress);
        var question = plan.IsStop ? null : NextQuestionOf(plan, @case);

        // Ranked conditions with explanations.
        var order = Ranked(posterior);
        var conditions = new ConditionAssessment[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            conditions[i] = Explain(order[i], posterior[order[i]], @case, state);
        }

        return new AssessmentResult
        {
            Triage = triage,
            Conditions = conditions,
            OtherCauseProbability = posterior[^1],
            ClearPicture = clear,
            RedFlags = redFlags,
            NextQuestion = question,
            ShouldStop = plan.IsStop,
            StopReason = plan.StopReason,
            Plan = plan,
            Advice = BuildAdvice(triage, posterior, order, redFlags),
            SelfTests = SuggestSelfTests(triage, posterior, gains, state),
            DataEvidence = @case.DataSources.Count == 0 ? [] : @case.DataSources.Where(d => @case.Evidence.ContainsKey(d.Key))
                .Select(d => new DataEvidence(d.Key, d.Value)).OrderBy(d => d.FindingId, StringComparer.Ordinal).ToArray(),
            Answered = @case.Evidence.Count,
        };
    }

    /// <summary>The conditions at or above the reporting probability, most likely first (ties in knowledge order).</summary>
    private int[] Ranked(double[] posterior)
    {
        var count = 0;
        for (var c = 0; c < _model.ConditionCount; c++)
        {
            count += posterior[c] >= Options.ReportProbability ? 1 : 0;
        }

        var order = new int[count];
        var kept = 0;
        for (var c = 0; c < _model.ConditionCount; c++)
        {
            if (posterior[c] < Options.ReportProbability)
            {
                continue;
            }

            // Insertion by falling probability; an equal one stays after those before it.
            var i = kept++;
            while (i > 0 && posterior[order[i - 1]] < posterior[c])
            {
                order[i] = order[i - 1];
                i--;
            }

            order[i] = c;
        }

        return order;
    }

    /// <summary>Rule id of the line for a warning sign the runner could not answer.</summary>
    public const string UnsureWarningRule = "unsure_warning_sign";

    /// <summary>Rule id of the line for a result without a clear picture.</summary>
    public const string UnclearPictureRule = "unclear_picture";

    /// <summary>Whether a finding belongs on the pain map.</summary>
    public bool IsLocation(string findingId) => _knowledge.FindFinding(findingId) is { Role: InterviewRole.Location, Kind: FindingKind.Bool, ClinicianOnly: false };

    private string? Action(TriageRule rule) => _knowledge.Interview.EmergencyActions.GetValueOrDefault(rule.Id);

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    /// <summary>The most urgent severity among conditions that are reasonably likely, from the
    /// posterior per hypothesis: a condition counts with the sum of its profiles, and a profile that
    /// presents differently (acute limb ischaemia) also with its own severity.</summary>
    private TriageLevel SeverityTriage(ReadOnlySpan<double> hypotheses)
    {
        Span<double> conditions = stackalloc double[_model.ConditionCount + 1];
        for (var h = 0; h < hypotheses.Length; h++)
        {
            conditions[_model.ConditionOf[h]] += hypotheses[h];
        }

        var triage = TriageLevel.SelfCare;
        var thresholds = _knowledge.Thresholds;
        for (var c = 0; c < _model.ConditionCount; c++)
        {
            var severity = _model.Conditions[c].Severity;
            var threshold = severity.IsEmergency() ? thresholds.Emergency : thresholds.Likely;
            if (conditions[c] >= threshold)
            {
                triage = TriageLevels.MostUrgent(triage, severity);
            }
        }

        for (var h = _model.ConditionCount; h < hypotheses.Length - 1; h++)
        {
            var severity = _model.Severity[h];
            var threshold = severity.IsEmergency() ? thresholds.Emergency : thresholds.Likely;
            if (hypotheses[h] >= threshold)
            {
                triage = TriageLevels.MostUrgent(triage, severity);
            }
        }

        return triage;
    }

    private Question NextQuestionOf(ScreenPlan plan, Case @case)
    {
        var id = plan.FindingIds.FirstOrDefault(f => !@case.Evidence.ContainsKey(f)) ?? plan.FindingIds[0];
        var finding = _knowledge.FindFinding(id)!;
        var question = ToQuestion(finding, plan.Purpose!.Value);
        return plan.Purpose == QuestionPurpose.Recheck && _knowledge.Interview.Rechecks.TryGetValue(id, out var plainer)
            ? question with { Text = plainer }
            : question;
    }

    /// <summary>The question to render for a finding id (for a page that re-asks a question), or null.</summary>
    public Question? QuestionFor(string findingId, QuestionPurpose purpose = QuestionPurpose.Information)
    {
        var finding = _knowledge.FindFinding(findingId);
        return finding is null ? null : ToQuestion(finding, purpose);
    }

    /// <summary>A triage rule (a clause needs at least one atom, as <see cref="RuleClause.Holds"/>) with its atoms' findings resolved to indices at knowledge load, so that
    /// <see cref="Fires"/> reads the prepared answers by index (same result as <see cref="TriageRule.Fires"/>).</summary>
    private sealed class CompiledRule((int MinCount, (int Finding, RuleAtom Atom)[] Atoms)[] clauses, (int Finding, RuleAtom Atom)[] unless)
    {
        public bool Fires(State state)
        {
            foreach (var (minCount, atoms) in clauses)
            {
                if (Count(atoms, state, minCount) < minCount)
                {
                    return false;
                }
            }

            return Count(unless, state, 1) == 0;
        }

        /// <summary>How many of the atoms hold, counting no further than <paramref name="enough"/>.</summary>
        private static int Count((int Finding, RuleAtom Atom)[] atoms, State state, int enough)
        {
            var count = 0;
            foreach (var (f, atom) in atoms)
            {
                if (f >= 0 && state.Answered[f] && atom.Holds(state.Answers[f]) && ++count >= enough)
                {
                    break;
                }
            }

            return count;
        }
    }

    /// <summary>One engine's working arrays for one assessment at a time.</summary>
    private sealed class Workspace(AssessmentEngine owner)
    {
        public AssessmentEngine Owner { get; } = owner;

        public State State { get; } = new(owner._model);

        public InformationGains Gains { get; } = new(owner._model);

        public bool[] Fired { get; } = new bool[owner._knowledge.Rules.Count];
    }

    /// <summary>The posterior and the answers of one case, by index; filled by <see cref="Prepare"/>.</summary>
    private sealed class State(InferenceModel model)
    {
        /// <summary>Per condition, then the leak: the sum over each condition's profiles.</summary>
        public double[] Posterior { get; } = new double[model.ConditionCount + 1];

        /// <summary>Per hypothesis (profiles, then the leak).</summary>
        public double[] HypothesisPosterior { get; } = new double[model.HypothesisCount];

        public double[] LogPosterior { get; } = new double[model.HypothesisCount];

        /// <summary>Log weight per hypothesis while the evidence is added.</summary>
        public double[] LogWeight { get; } = new double[model.HypothesisCount];

        /// <summary>Outcome index per finding; -1 unknown or not sure; -2 not asked.</summary>
        public int[] Outcome { get; } = new int[model.Findings.Length];

        public bool[] Answered { get; } = new bool[model.Findings.Length];

        /// <summary>The answer per finding (meaningful where <see cref="Answered"/>).</summary>
        public FindingAnswer[] Answers { get; } = new FindingAnswer[model.Findings.Length];

        /// <summary>Per correlation group, per hypothesis: the strongest supporting, then the strongest opposing log LR.</summary>
        public double[] Strongest { get; } = new double[model.Damping.Length * model.HypothesisCount * 2];

        /// <summary>Per correlation group: the case answers one of its findings.</summary>
        public bool[] GroupTouched { get; } = new bool[model.Damping.Length];
    }

    private State Prepare(Case @case, State state)
    {
        var n = _model.HypothesisCount;
        var logw = state.LogWeight;
        _model.LogPriors(@case.Age, @case.Sex).CopyTo(logw, 0);
        var outcome = state.Outcome;
        var answered = state.Answered;
        var answers = state.Answers;
        Array.Fill(outcome, -2);
        Array.Clear(answered);

        // Correlated findings: each answer of a group adds damping x its log LR; the strongest
        // supporting and the strongest opposing answer of the group per hypothesis are then topped
        // up to their full weight (CorrelationGroup).
        var groups = _model.Damping.Length;
        // Only the groups the case answers are visited: each one's slice is cleared when first touched.
        var strongest = state.Strongest;
        var touched = state.GroupTouched;
        Array.Clear(touched);
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
            answers[f] = answer;
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
            var top = strongest.AsSpan(g * n * 2, n * 2);
            if (!touched[g])
            {
                touched[g] = true;
                top.Clear();
            }

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
                if (!touched[g])
                {
                    continue;
                }

                var rest = 1 - _model.Damping[g];
                var top = strongest.AsSpan(g * n * 2, n * 2);
                for (var h = 0; h < n; h++)
                {
                    logw[h] += rest * (top[h] + top[n + h]);
                }
            }
        }

        var max = double.NegativeInfinity;
        for (var h = 0; h < n; h++)
        {
            max = Math.Max(max, logw[h]);
        }

        var posterior = state.HypothesisPosterior;
        var sum = 0.0;
        for (var h = 0; h < n; h++)
        {
            posterior[h] = Math.Exp(logw[h] - max);
            sum += posterior[h];
        }

        var logPosterior = state.LogPosterior;
        var conditions = state.Posterior;
        Array.Clear(conditions);
        for (var h = 0; h < n; h++)
        {
            posterior[h] /= sum;
            logPosterior[h] = Math.Log(Math.Max(posterior[h], 1e-300));
            conditions[_model.ConditionOf[h]] += posterior[h];
        }

        return state;
    }

    /// <summary>
    /// Expected information gain (nats) of each unanswered, runner-askable finding; NaN otherwise. Each
    /// finding's gain is worked out when first read: a step that ends before choosing the most informative
    /// question (the opening checklist, a follow-up, an emergency stop) reads only the self-tests' few.
    /// </summary>
    private sealed class InformationGains
    {
        private readonly InferenceModel _model;
        private readonly double[] _gains;
        private readonly bool[] _known;
        private State _state = null!;
        private double _total;
        private double _plogp;

        public InformationGains(InferenceModel model)
        {
            _model = model;
            _gains = new double[model.Findings.Length];
            _known = new bool[model.Findings.Length];
        }

        /// <summary>Starts over for the case in <paramref name="state"/>: no gain is known yet.</summary>
        public InformationGains Reset(State state)
        {
            _state = state;
            _total = 0;
            _plogp = 0;
            var p = state.HypothesisPosterior;
            var logp = state.LogPosterior;
            for (var h = 0; h < _model.HypothesisCount; h++)
            {
                _total += p[h];
                _plogp += p[h] * logp[h];
            }

            Array.Clear(_known);
            return this;
        }

        public int Count => _gains.Length;

        public double this[int f]
        {
            get
            {
                if (!_known[f])
                {
                    _gains[f] = Compute(f);
                    _known[f] = true;
                }

                return _gains[f];
            }
        }

        private double Compute(int f)
        {
            if (_state.Answered[f] || !_model.Askable[f])
            {
                return double.NaN;
            }

            var n = _model.HypothesisCount;
            var leak = n - 1;
            var p = _state.HypothesisPosterior;
            var logp = _state.LogPosterior;

            // Hypotheses that answer at the reference rate (the leak and every condition that does not
            // list the finding) are summed in closed form; only the informative ones are visited.
            var informative = _model.Informative[f];
            var pi = 0.0;
            var li = 0.0;
            foreach (var h in informative)
            {
                pi += p[h];
                li += p[h] * logp[h];
            }

            var pu = _total - pi;
            var lu = _plogp - li;
            var prob = _model.Prob[f];
            var logProb = _model.LogProb[f];
            var expected = 0.0;
            var outcomes = _model.OutcomeCount[f];
            for (var o = 0; o < outcomes; o++)
            {
                // Z = P(outcome); S = sum_h p_h P(o|h) log(p_h P(o|h)); E[H] = sum_o (Z log Z - S).
                var offset = o * n;
                var b = prob[offset + leak];
                var z = pu * b;
                var s = (b * lu) + (b * logProb[offset + leak] * pu);
                foreach (var h in informative)
                {
                    var joint = p[h] * prob[offset + h];
                    z += joint;
                    s += joint * (logp[h] + logProb[offset + h]);
                }

                expected += z > 0 ? (z * Math.Log(z)) - s : -s;
            }

            return -_plogp - expected;
        }
    }

    private ScreenPlan NextScreen(Case @case, State state, InformationGains gains, bool[] fired, TriageLevel ruleTriage, TriageLevel triage, InterviewProgress progress)
    {
        var evidence = @case.Evidence;
        var policy = _knowledge.Interview;

        // The opening screen: every warning sign it lists, on one checklist.
        if (!progress.OpeningShown)
        {
            var opening = policy.OpeningScreen.Where(id => !evidence.ContainsKey(id) && IsAskable(id)).ToArray();
            if (opening.Length > 0)
            {
                return new ScreenPlan(QuestionPurpose.Screen, opening, null);
            }
        }

        // "Not sure" is not "no": an unsure warning sign is asked again, in plainer words or as a check.
        var recheck = progress.PendingRechecks.Count == 0 ? null : policy.OpeningScreen.Concat(evidence.Keys).FirstOrDefault(progress.PendingRechecks.Contains);
        if (recheck is not null)
        {
            return ScreenPlan.Ask(QuestionPurpose.Recheck, recheck);
        }

        // Follow-ups: rules that could make the triage more urgent than it is. They come before the cap.
        for (var r = 0; r < fired.Length; r++)
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

            var followUp = rule.Clauses.Where(c => !c.Holds(evidence)).SelectMany(c => c.Atoms)
                .Select(a => a.FindingId).FirstOrDefault(id => !evidence.ContainsKey(id) && IsAskable(id) && !IsBlockedLoadingTest(id, state));
            if (followUp is not null)
            {
                return ScreenPlan.Ask(QuestionPurpose.FollowUp, followUp, rule.Level);
            }
        }

        // A rule that fired only because its exception is unknown ("pale foot, unless it is fine at
        // rest"): ask the exception; the triage stays urgent until it is answered.
        for (var r = 0; r < fired.Length; r++)
        {
            var rule = _knowledge.Rules[r];
            if (fired[r] && rule.Level == ruleTriage
                && rule.Unless.Select(a => a.FindingId).FirstOrDefault(id => !evidence.ContainsKey(id) && IsAskable(id)) is { } exception)
            {
                return new ScreenPlan(QuestionPurpose.FollowUp, [exception], null, rule.Level, DecidesAFiredRule: true);
            }
        }

        if (ruleTriage.IsEmergency())
        {
            return ScreenPlan.Stop(InterviewStopReason.RedFlag);
        }

        foreach (var id in Options.OpeningQuestions)
        {
            if (!evidence.ContainsKey(id) && IsAskable(id))
            {
                return ScreenPlan.Ask(QuestionPurpose.Opening, id);
            }
        }

        // Where it hurts comes next, as in a clinical history: the whole pain map on one screen.
        if (!progress.LocationShown)
        {
            var places = _knowledge.Findings.Where(f => IsLocation(f.Id) && !evidence.ContainsKey(f.Id)).Select(f => f.Id).ToArray();
            if (places.Length > 0)
            {
                return new ScreenPlan(QuestionPurpose.Location, places, null);
            }
        }

        if (progress.Screens >= Options.QuestionCap)
        {
            return TriageCheck(@case, state, triage) ?? ScreenPlan.Stop(InterviewStopReason.QuestionCap);
        }

        var leader = 0.0;
        for (var c = 0; c < _model.ConditionCount; c++)
        {
            leader = Math.Max(leader, state.Posterior[c]);
        }

        if (leader >= Options.StopProbability && progress.Screens >= Options.MinimumQuestions)
        {
            return TriageCheck(@case, state, triage) ?? ScreenPlan.Stop(InterviewStopReason.LeaderClear);
        }

        // Until the minimum number of screens, an early lead is checked with the most informative
        // questions even when each can move it only a little.
        var best = BestGain(gains, state);
        var minimumGain = progress.Screens >= Options.MinimumQuestions ? Options.MinimumInformationGain : 1e-6;
        if (best < 0 || gains[best] < minimumGain)
        {
            return TriageCheck(@case, state, triage) ?? ScreenPlan.Stop(InterviewStopReason.NothingWorthAsking);
        }

        return ScreenPlan.Ask(QuestionPurpose.Information, _model.Findings[best].Id);
    }

    /// <summary>
    /// Never stop while an unanswered finding could still raise the triage: of the askable findings
    /// whose answer would make the triage more urgent (by a rule, or by making a more severe condition
    /// likely) and that are at least <see cref="InterviewPolicy.TriageCheckProbability"/> likely to be
    /// found, the most likely. Null when there is none.
    /// </summary>
    private ScreenPlan? TriageCheck(Case @case, State state, TriageLevel triage)
    {
        if (triage == TriageLevel.EmergencyAmbulance)
        {
            return null;
        }

        var n = _model.HypothesisCount;
        var minimum = _knowledge.Interview.TriageCheckProbability;
        var hypothetical = new Dictionary<string, FindingAnswer>(@case.Evidence, StringComparer.Ordinal);
        var logw = new double[n];
        var posterior = new double[n];
        string? best = null;
        var bestP = 0.0;
        TriageLevel? bestLevel = null;
        for (var f = 0; f < _model.Findings.Length; f++)
        {
            var finding = _model.Findings[f];
            if (state.Answered[f] || !_model.Askable[f] || IsBlockedLoadingTest(finding.Id, state))
            {
                continue;
            }

            var prob = _model.Prob[f];
            var lr = _model.LogLr[f];
            for (var o = 0; o < _model.OutcomeCount[f]; o++)
            {
                if (finding.Kind == FindingKind.Bool && o == 1)
                {
                    continue; // an absent finding does not raise the triage
                }

                var p = 0.0;
                for (var h = 0; h < n; h++)
                {
                    p += state.HypothesisPosterior[h] * prob[(o * n) + h];
                }

                if (p < minimum || p <= bestP)
                {
                    continue;
                }

                var max = double.NegativeInfinity;
                for (var h = 0; h < n; h++)
                {
                    logw[h] = state.LogPosterior[h] + lr[(o * n) + h];
                    max = Math.Max(max, logw[h]);
                }

                var sum = 0.0;
                for (var h = 0; h < n; h++)
                {
                    posterior[h] = Math.Exp(logw[h] - max);
                    sum += posterior[h];
                }

                for (var h = 0; h < n; h++)
                {
                    posterior[h] /= sum;
                }

                var level = SeverityTriage(posterior);
                hypothetical[finding.Id] = RepresentativeAnswer(finding, o);
                foreach (var rule in _knowledge.Rules)
                {
                    if (rule.Level < level && rule.Fires(hypothetical))
                    {
                        level = rule.Level;
                    }
                }

                hypothetical.Remove(finding.Id);
                if (level < triage)
                {
                    (best, bestP, bestLevel) = (finding.Id, p, level);
                }
            }
        }

        return best is null ? null : ScreenPlan.Ask(QuestionPurpose.TriageCheck, best, bestLevel);
    }

    /// <summary>An answer that falls in outcome <paramref name="outcome"/> of a finding (present for a bool,
    /// the middle of a band for a number).</summary>
    private static FindingAnswer RepresentativeAnswer(FindingDefinition finding, int outcome)
    {
        if (finding.Kind == FindingKind.Bool)
        {
            return FindingAnswer.Of(outcome == 0);
        }

        var lower = outcome == 0 ? finding.Minimum : finding.Bands[outcome - 1].Max!.Value;
        var value = finding.Bands[outcome].Max is { } upper ? (lower + upper) / 2 : Math.Min(lower + 1, finding.Maximum);
        return FindingAnswer.Of(value);
    }

    /// <summary>
    /// A test that loads a possibly broken bone (a hop, heel raises on the sore leg) is never asked while
    /// a bone stress injury or fracture is reasonably likely (triage policy 1.1): any condition on the
    /// avoid-when lists of the loading tests' self-tests at <see cref="InterviewPolicy.LoadingTestThreshold"/>.
    /// </summary>
    private bool IsBlockedLoadingTest(string findingId, State state)
    {
        if (!_knowledge.Interview.IsLoadingTest(findingId))
        {
            return false;
        }

        foreach (var c in _boneRisk)
        {
            if (state.Posterior[c] >= _knowledge.Interview.LoadingTestThreshold)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most informative askable finding; a blocked loading test gives its place to pressing on the bone.</summary>
    private int BestGain(InformationGains gains, State state)
    {
        var best = -1;
        var bestGain = double.NegativeInfinity;
        for (var f = 0; f < gains.Count; f++)
        {
            if (double.IsNaN(gains[f]) || gains[f] <= bestGain)
            {
                continue;
            }

            var candidate = f;
            var id = _model.Findings[f].Id;
            if (IsBlockedLoadingTest(id, state))
            {
                var instead = _knowledge.Interview.LoadingTestInstead[id];
                if (!_model.FindingIndex.TryGetValue(instead, out candidate) || state.Answered[candidate] || !_model.Askable[candidate])
                {
                    continue;
                }
            }

            (best, bestGain) = (candidate, gains[f]);
        }

        return best;
    }

    private bool IsAskable(string findingId) => _knowledge.FindFinding(findingId) is { ClinicianOnly: false };

    private int ConditionIndex(string id) => _conditionIndex[id];

    private static Question ToQuestion(FindingDefinition finding, QuestionPurpose purpose) =>
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

    private AssessmentAdvice BuildAdvice(TriageLevel triage, double[] posterior, int[] order, List<RedFlag> redFlags)
    {
        var level = _knowledge.TriageAdvice[triage];

        // An emergency says exactly one thing to do, in the words of the emergency that fired.
        if (triage.IsEmergency() && redFlags.FirstOrDefault(f => f.Level == triage && f.Action is not null) is { } emergency)
        {
            var action = EmergencyNumbers.Fill(emergency.Action!, region: null);
            return new AssessmentAdvice(level.Running, action, [action], [level.SeeSomeoneIf]);
        }

        var running = level.Running;
        var now = new List<string> { level.Now };
        var seek = new List<string> { level.SeeSomeoneIf };
        if (!triage.IsEmergency())
        {
            foreach (var c in order)
            {
                if (posterior[c] < _knowledge.Thresholds.Likely)
                {
                    continue;
                }

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

    private SelfTestDefinition[] SuggestSelfTests(TriageLevel triage, double[] posterior, InformationGains gains, State state)
    {
        if (triage.IsEmergency())
        {
            return [];
        }

        // Indices are resolved once (_selfTestIndex); this runs on every interview step.
        var avoidAt = Math.Min(_knowledge.Thresholds.Likely, _knowledge.Interview.LoadingTestThreshold);
        var helpAt = Options.ReportProbability * 5;
        var chosen = new List<(SelfTestDefinition Test, double Gain)>();
        foreach (var (test, finding, avoid, helps) in _selfTestIndex)
        {
            if (finding < 0 || state.Answered[finding])
            {
                continue;
            }

            var avoided = false;
            foreach (var c in avoid)
            {
                avoided |= posterior[c] >= avoidAt;
            }

            var useful = false;
            foreach (var c in helps)
            {
                useful |= posterior[c] >= helpAt;
            }

            if (!avoided && useful)
            {
                chosen.Add((test, double.IsNaN(gains[finding]) ? 0 : gains[finding]));
            }
        }

        if (chosen.Count == 0)
        {
            return [];
        }

        chosen.Sort(static (a, b) => b.Gain != a.Gain ? b.Gain.CompareTo(a.Gain) : string.CompareOrdinal(a.Test.Id, b.Test.Id));
        var tests = new SelfTestDefinition[Math.Min(chosen.Count, Options.MaxSelfTests)];
        for (var i = 0; i < tests.Length; i++)
        {
            tests[i] = chosen[i].Test;
        }

        return tests;
    }
}
