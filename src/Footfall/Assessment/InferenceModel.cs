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
    public InferenceModel(KnowledgeBase knowledge)
    {
        Knowledge = knowledge;
        Conditions = [.. knowledge.Conditions];
        Findings = [.. knowledge.Findings];
        ConditionCount = Conditions.Length;
        HypothesisCount = ConditionCount + 1;
        FindingIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        Prob = new double[Findings.Length][];
        LogProb = new double[Findings.Length][];
        LogLr = new double[Findings.Length][];
        for (var f = 0; f < Findings.Length; f++)
        {
            var finding = Findings[f];
            FindingIndex[finding.Id] = f;
            var k = finding.OutcomeCount;
            var n = HypothesisCount;
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
                }
            }
        }
    }

    public KnowledgeBase Knowledge { get; }

    public ConditionDefinition[] Conditions { get; }

    public FindingDefinition[] Findings { get; }

    public Dictionary<string, int> FindingIndex { get; }

    public int ConditionCount { get; }

    /// <summary>Conditions plus the leak.</summary>
    public int HypothesisCount { get; }

    public double[][] Prob { get; }

    public double[][] LogProb { get; }

    public double[][] LogLr { get; }

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
