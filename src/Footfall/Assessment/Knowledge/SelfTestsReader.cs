using Footfall.KnowledgeReading;
using static Footfall.Assessment.Knowledge.KnowledgeChecks;
using static Footfall.Assessment.Knowledge.KnowledgeLoader;

namespace Footfall.Assessment.Knowledge;

/// <summary>Reads self-tests.yaml.</summary>
internal static class SelfTestsReader
{
    internal static List<SelfTestDefinition> Read(
        string text, Dictionary<string, FindingDefinition> findings, HashSet<string> conditionIds, SourceTable sources, KnowledgeErrors errors)
    {
        var y = new YamlNodes(SelfTestsFile);
        var root = YamlNodes.ParseRoot(SelfTestsFile, text);
        var list = new List<SelfTestDefinition>();
        var items = y.Seq(y.Required(root, string.Empty, "self_tests"), "self_tests").Children;
        for (var i = 0; i < items.Count; i++)
        {
            var map = y.Map(items[i], $"self_tests[{i}]");
            var id = y.RequiredStr(map, $"self_tests[{i}]", "id");
            var key = $"self_tests[{id}]";
            var finding = y.RequiredStr(map, key, "finding");
            if (!findings.ContainsKey(finding))
            {
                errors.Add($"{SelfTestsFile}: {key}.finding: finding '{finding}' is not in {FindingsFile}");
            }

            var conditions = y.StrList(YamlNodes.Optional(map, "conditions"), key + ".conditions");
            var avoid = y.StrList(YamlNodes.Optional(map, "avoid_when_likely"), key + ".avoid_when_likely");
            foreach (var c in conditions.Concat(avoid).Where(c => !conditionIds.Contains(c)))
            {
                errors.Add($"{SelfTestsFile}: {key}: condition '{c}' is not in {ConditionsFile}");
            }

            var testSources = y.StrList(y.Required(map, key, "src"), key + ".src");
            foreach (var s in testSources)
            {
                CheckSource(SelfTestsFile, key + ".src", s, sources, errors);
            }

            list.Add(new SelfTestDefinition(id, finding, y.RequiredStr(map, key, "name"), y.RequiredStr(map, key, "how"),
                y.RequiredStr(map, key, "positive_means"), conditions, avoid, testSources));
        }

        return list;
    }
}
