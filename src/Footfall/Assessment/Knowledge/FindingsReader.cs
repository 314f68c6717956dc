using System.Globalization;
using Footfall.KnowledgeReading;
using YamlDotNet.RepresentationModel;
using static Footfall.Assessment.Knowledge.KnowledgeChecks;
using static Footfall.Assessment.Knowledge.KnowledgeLoader;

namespace Footfall.Assessment.Knowledge;

/// <summary>Reads findings.yaml: interview groups and their roles, findings, correlated groups.</summary>
internal static class FindingsReader
{
    internal static (List<FindingDefinition>, Dictionary<string, string>, Dictionary<string, InterviewRole>) Read(string text, SourceTable sources, KnowledgeErrors errors)
    {
        var y = new YamlNodes(FindingsFile);
        var root = YamlNodes.ParseRoot(FindingsFile, text);
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        var roles = new Dictionary<string, InterviewRole>(StringComparer.Ordinal);
        foreach (var (name, value) in YamlNodes.Entries(y.Map(y.Required(root, string.Empty, "groups"), "groups")))
        {
            var gkey = "groups." + name;
            if (value is YamlScalarNode)
            {
                groups[name] = y.Str(value, gkey);
                roles[name] = InterviewRole.Other;
                continue;
            }

            var gmap = y.Map(value, gkey);
            groups[name] = y.RequiredStr(gmap, gkey, "title");
            var roleText = YamlNodes.Optional(gmap, "role") is { } r ? y.Str(r, gkey + ".role") : "other";
            InterviewRole? parsed = roleText switch
            {
                "warning" => InterviewRole.Warning,
                "location" => InterviewRole.Location,
                "pattern" => InterviewRole.Pattern,
                "other" => InterviewRole.Other,
                "clinician" => InterviewRole.Clinician,
                _ => null,
            };
            if (parsed is not { } role)
            {
                errors.Add($"{FindingsFile}: {gkey}.role: '{roleText}' is not warning, location, pattern, other or clinician");
                role = InterviewRole.Other;
            }

            roles[name] = role;
        }

        var list = new List<FindingDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var items = y.Seq(y.Required(root, string.Empty, "findings"), "findings").Children;
        for (var i = 0; i < items.Count; i++)
        {
            var map = y.Map(items[i], $"findings[{i}]");
            var id = y.RequiredStr(map, $"findings[{i}]", "id");
            var key = $"findings[{id}]";
            if (!seen.Add(id))
            {
                errors.Add($"{FindingsFile}: {key}: duplicate id");
            }

            var kindText = y.RequiredStr(map, key, "kind");
            var group = y.RequiredStr(map, key, "group");
            if (!groups.TryGetValue(group, out var groupTitle))
            {
                errors.Add($"{FindingsFile}: {key}.group: group '{group}' is not in groups");
                groupTitle = group;
            }

            var question = y.RequiredStr(map, key, "q");
            var source = y.RequiredStr(map, key, "src");
            CheckSource(FindingsFile, key + ".src", source, sources, errors);
            var role = roles.GetValueOrDefault(group, InterviewRole.Other);
            var clinician = YamlNodes.Optional(map, "clinician") is { } c && y.Bool(c, key + ".clinician");
            if (role == InterviewRole.Clinician && !clinician)
            {
                errors.Add($"{FindingsFile}: {key}.clinician: a finding of the clinician's group '{group}' needs clinician: true");
            }

            if (kindText == "bool")
            {
                var baseRate = y.Num(y.Required(map, key, "base"), key + ".base");
                CheckProbability(FindingsFile, key + ".base", baseRate, errors);
                if (source != SourceTable.Expert && sources.ContainsKey(source))
                {
                    var stated = sources.Figures.Where(f => f.Source == source && f.FindingId == id && f.Specificity is not null).ToList();
                    if (stated.Count == 0)
                    {
                        errors.Add($"{FindingsFile}: {key}.src: source '{source}' states no specificity for {id}; the reference rate is then an expert estimate");
                    }
                    else if (!stated.Any(f => f.SupportsBase(baseRate)))
                    {
                        errors.Add($"{FindingsFile}: {key}.base: {baseRate.ToString(CultureInfo.InvariantCulture)} is not 1 - the specificity '{source}' states ({string.Join("; ", stated.Select(f => f.Describe()))})");
                    }
                }

                list.Add(new FindingDefinition(id, FindingKind.Bool, group, groupTitle, question, baseRate, null, 0, 1, [], clinician, source, role));
            }
            else if (kindText == "number")
            {
                var range = y.NumList(y.Required(map, key, "range"), key + ".range");
                if (range.Count != 2 || range[0] > range[1])
                {
                    throw y.Error(key + ".range", "must be [min, max]");
                }

                var bands = new List<FindingBand>();
                var bandNodes = y.Seq(y.Required(map, key, "bands"), key + ".bands").Children;
                for (var b = 0; b < bandNodes.Count; b++)
                {
                    var bandKey = $"{key}.bands[{b}]";
                    var bandMap = y.Map(bandNodes[b], bandKey);
                    var max = YamlNodes.Optional(bandMap, "max") is { } m ? y.Num(m, bandKey + ".max") : (double?)null;
                    var p = y.Num(y.Required(bandMap, bandKey, "base"), bandKey + ".base");
                    CheckProbability(FindingsFile, bandKey + ".base", p, errors);
                    if ((max is null) != (b == bandNodes.Count - 1))
                    {
                        errors.Add($"{FindingsFile}: {bandKey}.max: every band but the last needs a max, the last has none");
                    }

                    bands.Add(new FindingBand(y.RequiredStr(bandMap, bandKey, "id"), max, p));
                }

                if (bands.Count < 2 || Math.Abs(bands.Sum(b => b.BaseProbability) - 1) > 0.01)
                {
                    errors.Add($"{FindingsFile}: {key}.bands: at least two bands whose base probabilities sum to 1");
                }

                CheckNoFigure(FindingsFile, key + ".src", source, sources, errors);
                list.Add(new FindingDefinition(id, FindingKind.Number, group, groupTitle, question, 0, y.RequiredStr(map, key, "unit"), range[0], range[1], bands, clinician, source, role));
            }
            else
            {
                throw y.Error(key + ".kind", $"'{kindText}' is not bool or number");
            }
        }

        return (list, groups, roles);
    }

    internal static List<CorrelationGroup> ReadCorrelated(string text, Dictionary<string, FindingDefinition> findings, SourceTable sources, KnowledgeErrors errors)
    {
        var y = new YamlNodes(FindingsFile);
        var root = YamlNodes.ParseRoot(FindingsFile, text);
        var list = new List<CorrelationGroup>();
        if (YamlNodes.Optional(root, "correlated") is not { } node)
        {
            return list;
        }

        var member = new Dictionary<string, string>(StringComparer.Ordinal);
        var items = y.Seq(node, "correlated").Children;
        for (var i = 0; i < items.Count; i++)
        {
            var map = y.Map(items[i], $"correlated[{i}]");
            var id = y.RequiredStr(map, $"correlated[{i}]", "id");
            var key = $"correlated[{id}]";
            var ids = y.StrList(y.Required(map, key, "findings"), key + ".findings");
            foreach (var f in ids)
            {
                if (!findings.ContainsKey(f))
                {
                    errors.Add($"{FindingsFile}: {key}.findings: finding '{f}' is not in findings");
                }
                else if (!member.TryAdd(f, id))
                {
                    errors.Add($"{FindingsFile}: {key}.findings: finding '{f}' is already in correlated group '{member[f]}'");
                }
            }

            if (ids.Count < 2)
            {
                errors.Add($"{FindingsFile}: {key}.findings: a correlated group needs at least two findings");
            }

            var damping = y.Num(y.Required(map, key, "damping"), key + ".damping");
            if (!(damping >= 0 && damping <= 1))
            {
                errors.Add($"{FindingsFile}: {key}.damping: {damping.ToString(CultureInfo.InvariantCulture)} is not in [0, 1]");
            }

            var source = y.RequiredStr(map, key, "src");
            CheckSource(FindingsFile, key + ".src", source, sources, errors);
            list.Add(new CorrelationGroup(id, ids, damping, y.RequiredStr(map, key, "why"), source));
        }

        return list;
    }
}
