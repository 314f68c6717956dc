using System.Globalization;

namespace Footfall.Assessment.Knowledge;

/// <summary>
/// One test on one finding inside a triage rule: "present", "absent", or a comparison of a number
/// finding. An unknown (or not sure) finding never satisfies an atom.
/// </summary>
/// <param name="FindingId">The finding tested.</param>
/// <param name="Operator">One of <c>present</c>, <c>absent</c>, <c>&gt;</c>, <c>&gt;=</c>, <c>&lt;</c>, <c>&lt;=</c>.</param>
/// <param name="Value">The threshold for comparisons, in the finding's unit.</param>
public sealed record RuleAtom(string FindingId, string Operator, double Value)
{
    /// <summary>Whether the atom holds for an answer (false when the answer is null or not sure).</summary>
    public bool Holds(FindingAnswer? answer)
    {
        if (answer is not { } a || a.IsNotSure)
        {
            return false;
        }

        return Operator switch
        {
            "present" => a.Present == true,
            "absent" => a.Present == false,
            ">" => a.Number > Value,
            ">=" => a.Number >= Value,
            "<" => a.Number < Value,
            "<=" => a.Number <= Value,
            _ => false,
        };
    }

    public override string ToString() => Operator switch
    {
        "present" => FindingId,
        "absent" => FindingId + "=false",
        _ => FindingId + Operator + Value.ToString(CultureInfo.InvariantCulture),
    };
}
