using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Footfall.Assessment.Knowledge;

/// <summary>
/// Reads a YAML knowledge file node by node so that every error names the file and the key path
/// (<c>conditions.yaml: conditions[plantar_fasciitis].prior</c>).
/// </summary>
internal sealed class YamlNodes(string file)
{
    public string File { get; } = file;

    public static YamlMappingNode ParseRoot(string file, string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw new KnowledgeBaseException($"{file}: line {ex.Start.Line}: {ex.Message}", ex);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new KnowledgeBaseException($"{file}: the file must hold a mapping at its top level");
        }

        return root;
    }

    public KnowledgeBaseException Error(string key, string message) => new($"{File}: {key}: {message}");

    public static YamlNode? Optional(YamlMappingNode map, string name) =>
        map.Children.TryGetValue(new YamlScalarNode(name), out var node) ? node : null;

    public YamlNode Required(YamlMappingNode map, string key, string name) =>
        Optional(map, name) ?? throw Error(Join(key, name), "is missing");

    public YamlMappingNode Map(YamlNode node, string key) =>
        node as YamlMappingNode ?? throw Error(key, "must be a mapping");

    public YamlSequenceNode Seq(YamlNode node, string key) =>
        node as YamlSequenceNode ?? throw Error(key, "must be a list");

    public string Str(YamlNode node, string key) =>
        node is YamlScalarNode { Value: { } v } ? v : throw Error(key, "must be a text value");

    public double Num(YamlNode node, string key)
    {
        var text = Str(node, key);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Error(key, $"'{text}' is not a number");
    }

    public bool Bool(YamlNode node, string key)
    {
        var text = Str(node, key);
        return text switch
        {
            "true" => true,
            "false" => false,
            _ => throw Error(key, $"'{text}' is not true or false"),
        };
    }

    public string RequiredStr(YamlMappingNode map, string key, string name) => Str(Required(map, key, name), Join(key, name));

    public IReadOnlyList<string> StrList(YamlNode? node, string key) =>
        node is null ? [] : Seq(node, key).Children.Select((n, i) => Str(n, $"{key}[{i}]")).ToArray();

    public IReadOnlyList<double> NumList(YamlNode node, string key) =>
        Seq(node, key).Children.Select((n, i) => Num(n, $"{key}[{i}]")).ToArray();

    /// <summary>A <c>[value, source]</c> pair; value is a number or a list of numbers.</summary>
    public (IReadOnlyList<double> Values, string Source, bool IsList) Sourced(YamlNode node, string key)
    {
        var pair = Seq(node, key);
        if (pair.Children.Count != 2)
        {
            throw Error(key, "must be [value, source]");
        }

        var source = Str(pair.Children[1], key + ".source");
        return pair.Children[0] is YamlSequenceNode
            ? (NumList(pair.Children[0], key), source, true)
            : ([Num(pair.Children[0], key)], source, false);
    }

    public static IEnumerable<(string Name, YamlNode Value)> Entries(YamlMappingNode map) =>
        map.Children.Select(kv => (((YamlScalarNode)kv.Key).Value ?? string.Empty, kv.Value));

    public static string Join(string key, string name) => key.Length == 0 ? name : key + "." + name;
}
