namespace Footfall.Assessment.Knowledge;

/// <summary>
/// A red-flag or triage rule (knowledge/red-flags.yaml): when every clause holds and no
/// <see cref="Unless"/> atom holds, the triage is at least <see cref="Level"/>, whatever the
/// probabilities say.
/// </summary>
public sealed class TriageRule
{
    internal TriageRule(
        string id,
        TriageLevel level,
        string reason,
        IReadOnlyList<RuleClause> clauses,
        IReadOnlyList<RuleAtom> unless,
        IReadOnlyList<string> screen,
        IReadOnlyList<string> followUpWhenLikely,
        bool followUp,
        IReadOnlyList<string> sources)
    {
        Id = id;
        Level = level;
        Reason = reason;
        Clauses = clauses;
        Unless = unless;
        Screen = screen;
        FollowUpWhenLikely = followUpWhenLikely;
        FollowUp = followUp;
        Sources = sources;
    }

    public string Id { get; }

    public TriageLevel Level { get; }

    /// <summary>A plain reason shown to the runner when the rule fires.</summary>
    public string Reason { get; }

    public IReadOnlyList<RuleClause> Clauses { get; }

    public IReadOnlyList<RuleAtom> Unless { get; }

    /// <summary>Findings asked in the red-flag screen at the start of every interview.</summary>
    public IReadOnlyList<string> Screen { get; }

    /// <summary>Conditions that, once likely, make the interview ask this rule's unknown findings first.</summary>
    public IReadOnlyList<string> FollowUpWhenLikely { get; }

    /// <summary>Whether the rule's other findings are asked once its first clause holds.</summary>
    public bool FollowUp { get; }

    public IReadOnlyList<string> Sources { get; }

    /// <summary>Whether the rule fires for these answers.</summary>
    public bool Fires(IReadOnlyDictionary<string, FindingAnswer> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        foreach (var clause in Clauses)
        {
            if (!clause.Holds(evidence))
            {
                return false;
            }
        }

        return !IsExcluded(evidence);
    }

    /// <summary>Whether an <see cref="Unless"/> atom holds, or a clause can no longer hold.</summary>
    public bool CannotFire(IReadOnlyDictionary<string, FindingAnswer> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return IsExcluded(evidence) || Clauses.Any(c => c.CannotHold(evidence));
    }

    /// <summary>The findings named in the rule's clauses, in order, without repeats.</summary>
    public IEnumerable<string> FindingIds() =>
        Clauses.SelectMany(c => c.Atoms).Select(a => a.FindingId).Concat(Unless.Select(a => a.FindingId)).Distinct(StringComparer.Ordinal);

    private bool IsExcluded(IReadOnlyDictionary<string, FindingAnswer> evidence) =>
        Unless.Any(u => u.Holds(evidence.TryGetValue(u.FindingId, out var a) ? a : null));
}
