namespace Footfall.Assessment.Knowledge;

/// <summary>A clause of a triage rule: holds when at least <see cref="MinCount"/> of its atoms hold
/// (1 for "a | b | c").</summary>
/// <param name="MinCount">How many atoms must hold, at least 1.</param>
/// <param name="Atoms">The atoms.</param>
public sealed record RuleClause(int MinCount, IReadOnlyList<RuleAtom> Atoms)
{
    public bool Holds(IReadOnlyDictionary<string, FindingAnswer> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var count = 0;
        foreach (var atom in Atoms)
        {
            if (atom.Holds(evidence.TryGetValue(atom.FindingId, out var a) ? a : null) && ++count >= MinCount)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the clause can no longer hold: too few unanswered atoms are left.</summary>
    public bool CannotHold(IReadOnlyDictionary<string, FindingAnswer> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var possible = 0;
        foreach (var atom in Atoms)
        {
            var answered = evidence.TryGetValue(atom.FindingId, out var a);
            if (!answered || atom.Holds(a))
            {
                possible++;
            }
        }

        return possible < MinCount;
    }
}
