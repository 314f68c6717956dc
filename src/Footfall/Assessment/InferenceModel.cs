using Footfall.Assessment.Knowledge;

namespace Footfall.Assessment;

/// <summary>
/// The knowledge base compiled into flat arrays for fast inference. Hypotheses are the conditions
/// (index 0..C-1) plus the "other cause" leak (index C), which explains every finding at its
/// reference rate. For finding f and outcome k, <c>Prob[f][k * N + h]</c> is P(k | h) and
/// <c>LogLr[f][k * N + h]</c> is log(P(k | h) / P(k | other cause)).
/// </summary>
internal sealed class InferenceModel
{
    private readonly double[][] _logPriors;

    public InferenceModel(KnowledgeBase knowledge)
    {
        Knowledge = knowledge;
        Conditions = [.. knowledge.Conditions];
        _logPriors = new double[ConditionDefinition.AgeBandMaxima.Count * 2][];
        for (var band = 0; band < ConditionDefinition.AgeBandMaxima.Count; band++)
        {
            foreach (var sex in (Sex[])[Sex.Female, Sex.Male])
            {
                var age = ConditionDefinition.AgeBandMaxima[band];
                var priors = new double[Conditions.Length + 1];
                for (var c = 0; c < Conditions.Length; c++)
                {
                    priors[c] = Math.Log(Conditions[c].PriorFor(age, sex));
                }

                priors[^1] = Math.Log(knowledge.OtherCausePrior);
                _logPriors[(band * 2) + (sex == Sex.Female ? 0 : 1)] = priors;
            }
        }

        Findings = [.. knowledge.Findings];
        ConditionCount = Conditions.Length;
        HypothesisCount = ConditionCount + 1;
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
    }

    public KnowledgeBase Knowledge { get; }

    /// <summary>Log prior per hypothesis (conditions, then the leak) for an age band and sex.</summary>
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

    /// <summary>Conditions plus the leak.</summary>
    public int HypothesisCount { get; }

    public double[][] Prob { get; }

    public double[][] LogProb { get; }

    public double[][] LogLr { get; }

    /// <summary>Per finding and hypothesis, the largest |log LR| over the outcomes: how much an answer could move it.</summary>
    public double[][] MaxAbsLogLr { get; }

    public int[] OutcomeCount { get; }

    /// <summary>Whether the runner's interview may ask the finding (not clinician-only).</summary>
    public bool[] Askable { get; }

    private double[] OutcomeProbabilities(FindingDefinition finding, int hypothesis)
    {
        var k = finding.OutcomeCount;
        var result = new double[k];
        for (var o = 0; o < k; o++)
        {
            result[o] = finding.BaseProbability(o);
        }

        if (hypothesis == ConditionCount)
        {
            return result;
        }

        var condition = Conditions[hypothesis];
        if (condition.Likelihoods.TryGetValue(finding.Id, out var likelihood))
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
