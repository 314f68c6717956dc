using Footfall.KnowledgeReading;
using static Footfall.Assessment.Knowledge.KnowledgeChecks;
using static Footfall.Assessment.Knowledge.KnowledgeLoader;

namespace Footfall.Assessment.Knowledge;

/// <summary>Reads red-flags.yaml: triage thresholds and rules.</summary>
internal static class RedFlagsReader
{
    internal static (List<TriageRule>, TriageThresholds) Read(
        string text, Dictionary<string, FindingDefinition> findings, HashSet<string> conditionIds, SourceTable sources, KnowledgeErrors errors)
    {
        var y = new YamlNodes(RedFlagsFile);
        var root = YamlNodes.ParseRoot(RedFlagsFile, text);
        var t = y.Map(y.Required(root, string.Empty, "triage"), "triage");
        var thresholds = new TriageThresholds(
            y.Num(y.Required(t, "triage", "likely_threshold"), "triage.likely_threshold"),
            y.Num(y.Required(t, "triage", "emergency_threshold"), "triage.emergency_threshold"),
            y.Num(y.Required(t, "triage", "screen_threshold"), "triage.screen_threshold"));
        CheckProbability(RedFlagsFile, "triage.likely_threshold", thresholds.Likely, errors);
        CheckProbability(RedFlagsFile, "triage.emergency_threshold", thresholds.Emergency, errors);
        CheckProbability(RedFlagsFile, "triage.screen_threshold", thresholds.Screen, errors);
        var rules = new List<TriageRule>();
        var items = y.Seq(y.Required(root, string.Empty, "rules"), "rules").Children;
        for (var i = 0; i < items.Count; i++)
        {
            var map = y.Map(items[i], $"rules[{i}]");
            var id = y.RequiredStr(map, $"rules[{i}]", "id");
            var key = $"rules[{id}]";
            var levelText = y.RequiredStr(map, key, "level");
            if (!TriageLevels.TryParse(levelText, out var level))
            {
                errors.Add($"{RedFlagsFile}: {key}.level: '{levelText}' is not a triage level");
            }

            var clauses = y.StrList(y.Required(map, key, "when"), key + ".when")
                .Select((c, n) => RuleExpression.ParseClause(c, $"{key}.when[{n}]", findings, errors)).ToArray();
            var unless = y.StrList(YamlNodes.Optional(map, "unless"), key + ".unless")
                .Select((a, n) => RuleExpression.ParseAtom(a.Trim(), $"{key}.unless[{n}]", findings, errors)).ToArray();
            var screen = y.StrList(YamlNodes.Optional(map, "screen"), key + ".screen");
            foreach (var s in screen.Where(s => !findings.ContainsKey(s)))
            {
                errors.Add($"{RedFlagsFile}: {key}.screen: finding '{s}' is not in {FindingsFile}");
            }

            var likely = y.StrList(YamlNodes.Optional(map, "follow_up_when_likely"), key + ".follow_up_when_likely");
            foreach (var c in likely.Where(c => !conditionIds.Contains(c)))
            {
                errors.Add($"{RedFlagsFile}: {key}.follow_up_when_likely: condition '{c}' is not in {ConditionsFile}");
            }

            var ruleSources = y.StrList(y.Required(map, key, "src"), key + ".src");
            foreach (var s in ruleSources)
            {
                CheckSource(RedFlagsFile, key + ".src", s, sources, errors);
            }

            var followUp = YamlNodes.Optional(map, "follow_up") is not { } f || y.Bool(f, key + ".follow_up");
            var followUpThreshold = YamlNodes.Optional(map, "follow_up_threshold") is { } ft ? y.Num(ft, key + ".follow_up_threshold") : thresholds.Screen;
            CheckProbability(RedFlagsFile, key + ".follow_up_threshold", followUpThreshold, errors);
            rules.Add(new TriageRule(id, level, y.RequiredStr(map, key, "reason"), clauses, unless, screen, likely, followUpThreshold, followUp, ruleSources));
        }

        return (rules, thresholds);
    }
}
