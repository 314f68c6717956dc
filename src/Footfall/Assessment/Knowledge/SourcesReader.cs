using Footfall.KnowledgeReading;
using YamlDotNet.RepresentationModel;
using static Footfall.Assessment.Knowledge.KnowledgeLoader;

namespace Footfall.Assessment.Knowledge;

/// <summary>Reads sources.yaml: citations and the figures each source states.</summary>
internal static class SourcesReader
{
    internal static SourceTable Read(string text, Dictionary<string, FindingDefinition>? findings, KnowledgeErrors errors)
    {
        var y = new YamlNodes(SourcesFile);
        var root = YamlNodes.ParseRoot(SourcesFile, text);
        var map = y.Map(y.Required(root, string.Empty, "sources"), "sources");
        var cites = new Dictionary<string, string>(StringComparer.Ordinal);
        var figures = new List<PublishedFigure>();
        foreach (var (id, value) in YamlNodes.Entries(map))
        {
            var key = "sources." + id;
            if (value is YamlScalarNode)
            {
                cites[id] = y.Str(value, key);
                continue;
            }

            var entry = y.Map(value, key);
            cites[id] = y.RequiredStr(entry, key, "cite");
            if (YamlNodes.Optional(entry, "figures") is not { } list)
            {
                continue;
            }

            var items = y.Seq(list, key + ".figures").Children;
            for (var i = 0; i < items.Count; i++)
            {
                var fkey = $"{key}.figures[{i}]";
                var fmap = y.Map(items[i], fkey);
                var finding = y.RequiredStr(fmap, fkey, "finding");
                if (findings is not null && !findings.ContainsKey(finding))
                {
                    errors.Add($"{SourcesFile}: {fkey}.finding: finding '{finding}' is not in {FindingsFile}");
                }

                var figure = new PublishedFigure(
                    id, finding, y.RequiredStr(fmap, fkey, "condition"),
                    Range(y, fmap, fkey, "sens"), Range(y, fmap, fkey, "spec"), Range(y, fmap, fkey, "share"), Range(y, fmap, fkey, "lr_pos"),
                    y.RequiredStr(fmap, fkey, "population"));
                if (figure.Sensitivity is null && figure.Share is null && figure.PositiveLikelihoodRatio is null)
                {
                    errors.Add($"{SourcesFile}: {fkey}: a figure states sens, share or lr_pos");
                }

                figures.Add(figure);
            }
        }

        return new SourceTable(cites, figures);
    }

    internal static (double Low, double High)? Range(YamlNodes y, YamlMappingNode map, string key, string name)
    {
        if (YamlNodes.Optional(map, name) is not { } node)
        {
            return null;
        }

        if (node is YamlSequenceNode)
        {
            var values = y.NumList(node, key + "." + name);
            return values.Count == 2 && values[0] <= values[1] ? (values[0], values[1]) : throw y.Error(key + "." + name, "a range is [low, high]");
        }

        var value = y.Num(node, key + "." + name);
        return (value, value);
    }
}
