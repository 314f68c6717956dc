using System.Globalization;
using Footfall.KnowledgeReading;
using static Footfall.Assessment.Knowledge.KnowledgeLoader;

namespace Footfall.Assessment.Knowledge;

/// <summary>Parses the expressions of red-flag rules (red-flags.yaml header): a clause is atoms joined by " | " or "N of: a | b | c"; an atom is a finding id, "id=false", "id=true" or a comparison of a number finding ("duration_weeks&gt;16", also &gt;=, &lt;, &lt;=).</summary>
internal static class RuleExpression
{
    internal static RuleClause ParseClause(string text, string key, Dictionary<string, FindingDefinition> findings, KnowledgeErrors errors)
    {
        var min = 1;
        var body = text;
        var of = text.IndexOf("of:", StringComparison.Ordinal);
        if (of > 0 && int.TryParse(text.AsSpan(0, of).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
        {
            min = n;
            body = text[(of + 3)..];
        }

        var atoms = body.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => ParseAtom(a, key, findings, errors)).ToArray();
        if (atoms.Length < min || min < 1)
        {
            errors.Add($"{RedFlagsFile}: {key}: '{text}' needs at least {min} atoms");
        }

        return new RuleClause(min, atoms);
    }

    internal static RuleAtom ParseAtom(string text, string key, Dictionary<string, FindingDefinition> findings, KnowledgeErrors errors)
    {
        string id;
        var op = "present";
        var value = 0.0;
        var cut = text.IndexOfAny(['=', '<', '>']);
        if (cut < 0)
        {
            id = text;
        }
        else
        {
            id = text[..cut];
            var rest = text[cut..];
            var opLength = rest.StartsWith(">=", StringComparison.Ordinal) || rest.StartsWith("<=", StringComparison.Ordinal) ? 2 : 1;
            op = rest[..opLength];
            var operand = rest[opLength..];
            if (op == "=")
            {
                op = operand == "false" ? "absent" : operand == "true" ? "present" : "?";
            }
            else if (!double.TryParse(operand, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
            {
                op = "?";
            }
        }

        if (!findings.TryGetValue(id, out var finding))
        {
            errors.Add($"{RedFlagsFile}: {key}: finding '{id}' is not in {FindingsFile}");
        }
        else if (op == "?" || (finding.Kind == FindingKind.Bool) != (op is "present" or "absent"))
        {
            errors.Add($"{RedFlagsFile}: {key}: '{text}' does not fit the finding's kind ({finding.Kind})");
        }

        return new RuleAtom(id, op, value);
    }
}
