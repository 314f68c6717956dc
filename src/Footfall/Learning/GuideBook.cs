using System.Globalization;
using Footfall.Assessment;
using Footfall.Assessment.Knowledge;
using Footfall.Recovery;

namespace Footfall.Learning;

/// <summary>
/// Every condition guide, built once from the loaded knowledge: one per condition in conditions.yaml.
/// The likelihoods become words through <see cref="Strength"/> and <see cref="Frequency"/>; look-alikes
/// are the conditions it is most easily taken for, and what tells them apart
/// are the answerable findings whose probabilities differ most between the two.
/// </summary>
public sealed class GuideBook
{
    /// <summary>Most answers shown as pointing to or away from a condition.</summary>
    public const int MaxClues = 6;

    /// <summary>Most look-alikes per guide.</summary>
    public const int MaxLookAlikes = 3;

    /// <summary>Most differences shown per look-alike.</summary>
    public const int MaxDifferences = 5;

    /// <summary>Least share of the pain-location pattern for a look-alike (expert choice: a quarter).</summary>
    public const double LookAlikeOverlap = 0.25;

    private const string Expert = "expert";

    private readonly Dictionary<string, ConditionGuide> _guides;

    private GuideBook(List<ConditionGuide> guides)
    {
        Guides = guides;
        _guides = guides.ToDictionary(g => g.Id, StringComparer.Ordinal);
    }

    /// <summary>The guides in the order of conditions.yaml.</summary>
    public IReadOnlyList<ConditionGuide> Guides { get; }

    /// <summary>The guide to a condition, or null for an unknown id.</summary>
    public ConditionGuide? Find(string conditionId) => _guides.GetValueOrDefault(conditionId);

    /// <summary>Builds every guide.</summary>
    public static GuideBook Create(KnowledgeBase knowledge, RecoveryKnowledge recovery, LearningKnowledge learning)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(recovery);
        ArgumentNullException.ThrowIfNull(learning);
        return new GuideBook(knowledge.Conditions.Select(c => Build(knowledge, recovery, learning, c)).ToList());
    }

    /// <summary>What a likelihood ratio does to the chance of a condition, in words.</summary>
    public static string Strength(double likelihoodRatio) => likelihoodRatio switch
    {
        >= 10 => "strongly points to it",
        >= 5 => "clearly points to it",
        >= 2 => "points to it",
        >= 1.25 => "slightly points to it",
        > 0.8 => "changes little",
        > 0.5 => "slightly points away from it",
        > 0.2 => "points away from it",
        > 0.1 => "clearly points away from it",
        _ => "strongly points away from it",
    };

    /// <summary>A condition's name without the explanation in brackets that follows it.</summary>
    public static string ShortName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var bracket = name.IndexOf(" (", StringComparison.Ordinal);
        return bracket > 0 ? name[..bracket] : name;
    }

    /// <summary>How often a condition has a finding, in words, for a probability from 0 to 1.</summary>
    public static string Frequency(double probability) => probability switch
    {
        >= 0.8 => "almost always",
        >= 0.6 => "usually",
        >= 0.4 => "often",
        >= 0.2 => "sometimes",
        >= 0.05 => "rarely",
        _ => "almost never",
    };

    private static ConditionGuide Build(KnowledgeBase knowledge, RecoveryKnowledge recovery, LearningKnowledge learning, ConditionDefinition condition)
    {
        var note = learning.Notes[condition.Id];
        var answerable = knowledge.Findings.Where(f => f.Kind == FindingKind.Bool && !f.ClinicianOnly && !f.IsWarningSign).ToList();
        var clues = condition.Likelihoods.Values
            .Select(l => (Likelihood: l, Finding: knowledge.FindFinding(l.FindingId)))
            .Where(x => x.Finding is { Kind: FindingKind.Bool, ClinicianOnly: false, IsWarningSign: false })
            .Select(x => Clue(x.Finding!, x.Likelihood))
            .ToList();
        var pointsTo = clues.Where(c => c.LikelihoodRatioIfYes >= 2).OrderByDescending(c => c.LikelihoodRatioIfYes).Take(MaxClues).ToList();
        var pointsAway = clues.Where(c => c.LikelihoodRatioIfYes <= 0.5).OrderBy(c => c.LikelihoodRatioIfYes).Take(MaxClues).ToList();

        var plan = recovery.Plans.GetValueOrDefault(condition.Id);
        var noPlan = recovery.NoPlanReasons.GetValueOrDefault(condition.Id);
        var advice = knowledge.ConditionAdvice.GetValueOrDefault(condition.Id);
        var urgency = knowledge.TriageAdvice.TryGetValue(condition.Severity, out var level) ? level.Headline : string.Empty;
        var selfTests = knowledge.SelfTests
            .Where(t => t.Conditions.Contains(condition.Id, StringComparer.Ordinal))
            .Select(t => new GuideSelfTest(t, t.AvoidWhenLikely.Contains(condition.Id, StringComparer.Ordinal)))
            .ToList();
        var rules = knowledge.Rules.Where(r => r.FollowUpWhenLikely.Contains(condition.Id, StringComparer.Ordinal)).ToList();
        var warnings = rules.Select(r => new GuideWarning(r.Reason, r.Level)).ToList();

        string duration;
        string durationSource;
        if (plan is not null)
        {
            duration = string.Create(CultureInfo.InvariantCulture, $"Usually {plan.ExpectedRecovery.MinWeeks} to {plan.ExpectedRecovery.MaxWeeks} weeks. {plan.ExpectedRecovery.Summary}");
            durationSource = plan.ExpectedRecovery.Source;
        }
        else
        {
            duration = note.Duration ?? string.Empty;
            durationSource = string.Join("; ", note.DurationSources.Select(id => id == Expert ? "expert estimate" : knowledge.Sources[id]));
        }

        var sourceIds = condition.Sources
            .Concat(note.WhoSources)
            .Concat(note.DurationSources)
            .Concat(pointsTo.Concat(pointsAway).Select(c => c.Source))
            .Concat(selfTests.SelectMany(t => t.Test.Sources))
            .Concat(advice?.Sources ?? [])
            .Concat(rules.SelectMany(r => r.Sources))
            .Where(id => id != Expert)
            .Distinct(StringComparer.Ordinal);
        var citations = sourceIds.Select(id => new GuideCitation(id, knowledge.Sources.GetValueOrDefault(id) ?? string.Empty)).ToList();

        return new ConditionGuide(
            condition, note, urgency, pointsTo, pointsAway,
            LookAlikes(knowledge, condition, answerable),
            selfTests, plan, noPlan, duration, durationSource, advice, warnings, citations);
    }

    private static GuideClue Clue(FindingDefinition finding, FindingLikelihood likelihood)
    {
        var p = likelihood.Probabilities[0];
        var yes = p / finding.BaseRate;
        var no = (1 - p) / (1 - finding.BaseRate);
        string? ifNo = no <= 0.5 ? Strength(no) : null;
        return new GuideClue(finding.Id, finding.Question, yes, no, Strength(yes), ifNo, likelihood.Source);
    }

    // Look-alikes are the conditions a runner with this one is most likely to be taken for: those whose
    // prior is high and whose answers differ least, scored as ln(prior) - KL(this || other) over the
    // answerable findings (the expected log likelihood ratio a full interview would gather between the
    // two), among the conditions that share at least a quarter of its pain-location pattern.
    private static List<LookAlike> LookAlikes(KnowledgeBase knowledge, ConditionDefinition condition, List<FindingDefinition> answerable)
    {
        var locations = knowledge.Findings.Where(f => f.Kind == FindingKind.Bool && f.Role == InterviewRole.Location).ToList();
        var own = locations.Sum(f => Probability(condition, f));
        if (own <= 0)
        {
            return [];
        }

        return knowledge.Conditions
            .Where(other => other.Id != condition.Id)
            .Select(other => (Other: other, Overlap: locations.Sum(f => Math.Min(Probability(condition, f), Probability(other, f))) / own))
            .Where(x => x.Overlap >= LookAlikeOverlap)
            .OrderByDescending(x => Math.Log(x.Other.Prior) - Divergence(condition, x.Other, answerable))
            .Take(MaxLookAlikes)
            .Select(x => new LookAlike(x.Other.Id, x.Other.Name, x.Overlap, Differences(condition, x.Other, answerable)))
            .Where(l => l.Differences.Count > 0)
            .ToList();
    }

    private static double Divergence(ConditionDefinition condition, ConditionDefinition other, List<FindingDefinition> answerable) =>
        answerable
            .Where(f => condition.Likelihoods.ContainsKey(f.Id) || other.Likelihoods.ContainsKey(f.Id))
            .Sum(f =>
            {
                var p = Probability(condition, f);
                var q = Probability(other, f);
                return (p * Math.Log(p / q)) + ((1 - p) * Math.Log((1 - p) / (1 - q)));
            });

    // The answerable findings either condition lists that tell the two apart best: the most expected
    // evidence one answer gives between them, the symmetric divergence (p - q) ln(p (1 - q) / (q (1 - p))),
    // among those where the two differ at least twofold either way.
    private static List<TellApart> Differences(ConditionDefinition condition, ConditionDefinition other, List<FindingDefinition> answerable) =>
        answerable
            .Where(f => condition.Likelihoods.ContainsKey(f.Id) || other.Likelihoods.ContainsKey(f.Id))
            .Select(f => (Finding: f, This: Probability(condition, f), Other: Probability(other, f)))
            .Where(x => Math.Abs(Math.Log(x.This / x.Other)) >= Math.Log(2) || Math.Abs(Math.Log((1 - x.This) / (1 - x.Other))) >= Math.Log(2))
            .OrderByDescending(x => (x.This - x.Other) * Math.Log(x.This * (1 - x.Other) / (x.Other * (1 - x.This))))
            .Take(MaxDifferences)
            .Select(x => new TellApart(x.Finding.Id, x.Finding.Question, Frequency(x.This), Frequency(x.Other), x.This, x.Other))
            .ToList();

    // P(present | condition) as the engine takes it: the condition's own figure, else its default for
    // the finding's group, else the reference rate (likelihood ratio 1).
    private static double Probability(ConditionDefinition condition, FindingDefinition finding) =>
        condition.Likelihoods.TryGetValue(finding.Id, out var l)
            ? l.Probabilities[0]
            : condition.GroupDefaults.TryGetValue(finding.Group, out var d) ? d : finding.BaseRate;
}
