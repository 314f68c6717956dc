using Footfall.Assessment.Knowledge;

namespace Footfall.Assessment;

/// <summary>
/// The knowledge base compiled into flat arrays for fast inference. Hypotheses are the conditions'
/// profiles (index 0..H-2: each condition's main profile, then the extra profiles such as acute limb
/// ischaemia) plus the "other cause" leak (index H-1), which explains every finding at its reference
/// rate. For finding f and outcome k, <c>Prob[f][k * N + h]</c> is P(k | h) and
/// <c>LogLr[f][k * N + h]</c> is log(P(k | h) / P(k | other cause)). A condition's probability is the
/// sum over its profiles.
/// </summary>
internal sealed class InferenceModel
{
    private readonly double[][] _logPriors;

    public InferenceModel(KnowledgeBase knowledge)
    {
        Knowledge = knowledge;
        Conditions = [.. knowledge.Conditions];
        ConditionCount = Conditions.Length;

        // Main profiles first, so that hypothesis c is condition c's main profile.
        var condition = new List<int>();
        var profiles = new List<ConditionProfile?>();
        for (var c = 0; c < Conditions.Length; c++)
        {
            condition.Add(c);
            profiles.Add(null);
        }

        for (var c = 0; c < Conditions.Length; c++)
        {
            foreach (var profile in Conditions[c].Profiles)
            {
                condition.Add(c);
                profiles.Add(profile);
            }
        }

        ConditionOf = [.. condition, ConditionCount];
        Profiles = [.. profiles, null];
        HypothesisCount = ConditionOf.Length;
        Severity = new TriageLevel[HypothesisCount];
        for (var h = 0; h < HypothesisCount - 1; h++)
        {
            Severity[h] = Profiles[h]?.Severity ?? Conditions[ConditionOf[h]].Severity;
        }

        Severity[^1] = TriageLevel.SelfCare;
        _logPriors = new double[ConditionDefinition.AgeBandMaxima.Count * 2][];
        for (var band = 0; band < ConditionDefinition.AgeBandMaxima.Count; band++)
        {
            foreach (var sex in (Sex[])[Sex.Female, Sex.Male])
            {
                var age = ConditionDefinition.AgeBandMaxima[band];
                var priors = new double[HypothesisCount];
                for (var h = 0; h < HypothesisCount - 1; h++)
                {
                    var owner = Conditions[ConditionOf[h]];
                    var share = Profiles[h] is { } profile ? profile.Share : 1 - owner.Profiles.Sum(p => p.Share);
                    priors[h] = Math.Log(owner.PriorFor(age, sex) * share);
                }

                priors[^1] = Math.Log(knowledge.OtherCausePrior);
                _logPriors[(band * 2) + (sex == Sex.Female ? 0 : 1)] = priors;
            }
        }

        Findings = [.. knowledge.Findings];
        FindingIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        Prob = new double[Findings.Length][];
        LogProb = new double[Findings.Length][];
        LogLr = new double[Findings.Length][];
        OutcomeCount = new int[Findings.Length];
        Askable = new bool[Findings.Length];
        MaxAbsLogLr = new double[Findings.Length][];
        for (var f = 0; f < Findings.Length; f++)
        {
            var finding = Findings[f];
            FindingIndex[finding.Id] = f;
            var k = finding.OutcomeCount;
            var n = HypothesisCount;
            OutcomeCount[f] = k;
            Askable[f] = !finding.ClinicianOnly;
            MaxAbsLogLr[f] = new double[n];
            Prob[f] = new double[k * n];
            LogProb[f] = new double[k * n];
            LogLr[f] = new double[k * n];
            for (var h = 0; h < n; h++)
            {
                var probabilities = OutcomeProbabilities(finding, h);
                for (var o = 0; o < k; o++)
                {
                    Prob[f][(o * n) + h] = probabilities[o];
                    LogProb[f][(o * n) + h] = Math.Log(probabilities[o]);
                    LogLr[f][(o * n) + h] = Math.Log(probabilities[o] / finding.BaseProbability(o));
                    MaxAbsLogLr[f][h] = Math.Max(MaxAbsLogLr[f][h], Math.Abs(LogLr[f][(o * n) + h]));
                }
            }
        }

        // Per finding, the hypotheses whose outcome probabilities differ from the leak's: the others
        // answer it at the reference rate, so the information gain sums them in closed form.
        Informative = new int[Findings.Length][];
        for (var f = 0; f < Findings.Length; f++)
        {
            var n = HypothesisCount;
            var leak = n - 1;
            var informative = new List<int>();
            for (var h = 0; h < leak; h++)
            {
                for (var o = 0; o < OutcomeCount[f]; o++)
                {
                    if (Math.Abs(Prob[f][(o * n) + h] - Prob[f][(o * n) + leak]) > 1e-12)
                    {
                        informative.Add(h);
                        break;
                    }
                }
            }

            Informative[f] = [.. informative];
        }

        CorrelationGroupOf = new int[Findings.Length];
        Array.Fill(CorrelationGroupOf, -1);
        Damping = new double[knowledge.CorrelationGroups.Count];
        for (var g = 0; g < Damping.Length; g++)
        {
            Damping[g] = knowledge.CorrelationGroups[g].Damping;
            foreach (var id in knowledge.CorrelationGroups[g].FindingIds)
            {
                CorrelationGroupOf[FindingIndex[id]] = g;
            }
        }
    }

    public KnowledgeBase Knowledge { get; }

    /// <summary>Log prior per hypothesis (profiles, then the leak) for an age band and sex.</summary>
    public double[] LogPriors(int age, Sex sex)
    {
        var band = 0;
        while (band < ConditionDefinition.AgeBandMaxima.Count - 1 && age > ConditionDefinition.AgeBandMaxima[band])
        {
            band++;
        }

        return _logPriors[(band * 2) + (sex == Sex.Female ? 0 : 1)];
    }

    public ConditionDefinition[] Conditions { get; }

    public FindingDefinition[] Findings { get; }

    public Dictionary<string, int> FindingIndex { get; }

    public int ConditionCount { get; }

    /// <summary>Profiles plus the leak.</summary>
    public int HypothesisCount { get; }

    /// <summary>Per hypothesis, its condition's index (<see cref="ConditionCount"/> for the leak).</summary>
    public int[] ConditionOf { get; }

    /// <summary>Per hypothesis, its extra profile, or null for a condition's main profile and the leak.</summary>
    public ConditionProfile?[] Profiles { get; }

    /// <summary>Per hypothesis, the triage level it needs when reasonably likely.</summary>
    public TriageLevel[] Severity { get; }

    public double[][] Prob { get; }

    public double[][] LogProb { get; }

    public double[][] LogLr { get; }

    /// <summary>Per finding and hypothesis, the largest |log LR| over the outcomes: how much an answer could move it.</summary>
    public double[][] MaxAbsLogLr { get; }

    public int[] OutcomeCount { get; }

    /// <summary>Whether the runner's interview may ask the finding (not clinician-only).</summary>
    public bool[] Askable { get; }

    /// <summary>Per finding, the hypotheses (never the leak) whose outcome probabilities differ from the leak's.</summary>
    public int[][] Informative { get; }

    /// <summary>Per finding, the index of its correlation group in <see cref="Damping"/>, or -1.</summary>
    public int[] CorrelationGroupOf { get; }

    /// <summary>Per correlation group, the weight of the answers after the strongest.</summary>
    public double[] Damping { get; }

    private double[] OutcomeProbabilities(FindingDefinition finding, int hypothesis)
    {
        var k = finding.OutcomeCount;
        var result = new double[k];
        for (var o = 0; o < k; o++)
        {
            result[o] = finding.BaseProbability(o);
        }

        if (hypothesis == HypothesisCount - 1)
        {
            return result;
        }

        var condition = Conditions[ConditionOf[hypothesis]];
        if ((Profiles[hypothesis] is { } profile && profile.Likelihoods.TryGetValue(finding.Id, out var likelihood))
            || condition.Likelihoods.TryGetValue(finding.Id, out likelihood))
        {
            for (var o = 0; o < k; o++)
            {
                result[o] = likelihood.Probabilities[o];
            }
        }
        else if (finding.Kind == FindingKind.Bool && condition.GroupDefaults.TryGetValue(finding.Group, out var p))
        {
            result[0] = p;
            result[1] = 1 - p;
        }

        return result;
    }
}
