using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Footfall.Assessment.Knowledge;

/// <summary>Builds and validates a <see cref="KnowledgeBase"/> from the YAML texts of knowledge/.</summary>
internal static class KnowledgeLoader
{
    public const string FindingsFile = "findings.yaml";
    public const string ConditionsFile = "conditions.yaml";
    public const string RedFlagsFile = "red-flags.yaml";
    public const string SelfTestsFile = "self-tests.yaml";
    public const string AdviceFile = "advice.yaml";
    public const string SourcesFile = "sources.yaml";

    public static IReadOnlyList<string> RequiredFiles { get; } =
        [SourcesFile, FindingsFile, ConditionsFile, RedFlagsFile, SelfTestsFile, AdviceFile];

    public static KnowledgeBase Load(IReadOnlyDictionary<string, string> texts)
    {
        foreach (var file in RequiredFiles)
        {
            if (!texts.ContainsKey(file))
            {
                throw new KnowledgeBaseException($"{file}: the file is missing from the knowledge folder");
            }
        }

        var errors = new List<string>();
        var sources = ReadSources(texts[SourcesFile], null, []);
        var (findings, groups, _) = ReadFindings(texts[FindingsFile], sources, errors);
        var byId = findings.ToDictionary(f => f.Id, StringComparer.Ordinal);
        sources = ReadSources(texts[SourcesFile], byId, errors);
        var correlated = ReadCorrelated(texts[FindingsFile], byId, sources, errors);
        var (conditions, otherName, otherPrior) = ReadConditions(texts[ConditionsFile], byId, sources, errors);
        var conditionIds = conditions.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var (rules, thresholds) = ReadRules(texts[RedFlagsFile], byId, conditionIds, sources, errors);
        var selfTests = ReadSelfTests(texts[SelfTestsFile], byId, conditionIds, sources, errors);
        var (triageAdvice, conditionAdvice) = ReadAdvice(texts[AdviceFile], conditionIds, sources, errors);

        foreach (var id in Vocabulary.FindingIds.Where(id => !byId.ContainsKey(id)))
        {
            errors.Add($"{FindingsFile}: findings: vocabulary finding '{id}' is missing");
        }

        foreach (var id in Vocabulary.ConditionIds.Where(id => !conditionIds.Contains(id)))
        {
            errors.Add($"{ConditionsFile}: conditions: vocabulary condition '{id}' is missing");
        }

        foreach (var figure in sources.Figures.Where(f => !conditionIds.Contains(f.ConditionId)))
        {
            errors.Add($"{SourcesFile}: sources.{figure.Source}.figures: condition '{figure.ConditionId}' is not in {ConditionsFile}");
        }

        var profileIds = new HashSet<string>(conditionIds, StringComparer.Ordinal);
        foreach (var profile in conditions.SelectMany(c => c.Profiles).Where(p => !profileIds.Add(p.Id)))
        {
            errors.Add($"{ConditionsFile}: profiles: profile id '{profile.Id}' is used twice or is a condition id");
        }

        foreach (var level in Enum.GetValues<TriageLevel>().Where(l => !triageAdvice.ContainsKey(l)))
        {
            errors.Add($"{AdviceFile}: triage_levels: triage level '{level.ToId()}' is missing");
        }

        foreach (var id in conditionIds.Where(id => !conditionAdvice.ContainsKey(id)))
        {
            errors.Add($"{AdviceFile}: conditions: condition '{id}' has no advice");
        }

        if (errors.Count > 0)
        {
            throw new KnowledgeBaseException(errors);
        }

        return new KnowledgeBase(findings, groups, correlated, conditions, otherName, otherPrior, rules, thresholds, selfTests, triageAdvice, conditionAdvice, sources.Cites, sources.Figures);
    }

    private static SourceTable ReadSources(string text, Dictionary<string, FindingDefinition>? findings, List<string> errors)
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

    private static (double Low, double High)? Range(YamlNodes y, YamlMappingNode map, string key, string name)
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

    /// <summary>A number that names a source other than <c>expert</c> must agree with a figure the source states.</summary>
    private static void CheckFigure(string file, string key, string source, string findingId, string conditionId, double p, double baseRate, SourceTable sources, List<string> errors)
    {
        if (source == SourceTable.Expert || !sources.ContainsKey(source))
        {
            return;
        }

        var figures = sources.FiguresFor(source, findingId, conditionId).ToList();
        if (figures.Count == 0)
        {
            errors.Add($"{file}: {key}: source '{source}' states no figure for {findingId} in {conditionId}; name the figure in {SourcesFile} or mark the number expert");
        }
        else if (!figures.Any(f => f.Supports(p, baseRate)))
        {
            errors.Add($"{file}: {key}: {p.ToString(CultureInfo.InvariantCulture)} does not agree with what '{source}' states ({string.Join("; ", figures.Select(f => f.Describe()))})");
        }
    }

    /// <summary>A number that is not a finding's likelihood (a prior, an age or sex factor, a band
    /// list) rests on no figure a source can state here: it must be an expert estimate.</summary>
    private static void CheckNoFigure(string file, string key, string source, SourceTable sources, List<string> errors)
    {
        if (source != SourceTable.Expert && sources.ContainsKey(source))
        {
            errors.Add($"{file}: {key}: source '{source}' states no figure for this number; mark it expert (name the source in the condition's sources)");
        }
    }

    private static void CheckSource(string file, string key, string source, SourceTable sources, List<string> errors)
    {
        if (!sources.ContainsKey(source))
        {
            errors.Add($"{file}: {key}: source '{source}' is not in {SourcesFile}");
        }
    }

    private static void CheckProbability(string file, string key, double p, List<string> errors)
    {
        if (!(p > 0 && p < 1))
        {
            errors.Add($"{file}: {key}: probability {p.ToString(CultureInfo.InvariantCulture)} is not in (0, 1)");
        }
    }

    private static (List<FindingDefinition>, Dictionary<string, string>, Dictionary<string, InterviewRole>) ReadFindings(string text, SourceTable sources, List<string> errors)
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

    private static List<CorrelationGroup> ReadCorrelated(string text, Dictionary<string, FindingDefinition> findings, SourceTable sources, List<string> errors)
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

    private static (List<ConditionDefinition>, string, double) ReadConditions(
        string text, Dictionary<string, FindingDefinition> findings, SourceTable sources, List<string> errors)
    {
        var y = new YamlNodes(ConditionsFile);
        var root = YamlNodes.ParseRoot(ConditionsFile, text);
        var other = y.Map(y.Required(root, string.Empty, "other_cause"), "other_cause");
        var (otherPrior, otherSource, _) = y.Sourced(y.Required(other, "other_cause", "prior"), "other_cause.prior");
        CheckProbability(ConditionsFile, "other_cause.prior", otherPrior[0], errors);
        CheckSource(ConditionsFile, "other_cause.prior", otherSource, sources, errors);
        CheckNoFigure(ConditionsFile, "other_cause.prior", otherSource, sources, errors);
        var list = new List<ConditionDefinition>();
        var items = y.Seq(y.Required(root, string.Empty, "conditions"), "conditions").Children;
        for (var i = 0; i < items.Count; i++)
        {
            var map = y.Map(items[i], $"conditions[{i}]");
            var id = y.RequiredStr(map, $"conditions[{i}]", "id");
            var key = $"conditions[{id}]";
            if (list.Any(c => c.Id == id))
            {
                errors.Add($"{ConditionsFile}: {key}: duplicate id");
            }

            var severityText = y.RequiredStr(map, key, "severity");
            if (!TriageLevels.TryParse(severityText, out var severity))
            {
                errors.Add($"{ConditionsFile}: {key}.severity: '{severityText}' is not a triage level");
            }

            var conditionSources = y.StrList(YamlNodes.Optional(map, "sources"), key + ".sources");
            if (conditionSources.Count == 0)
            {
                errors.Add($"{ConditionsFile}: {key}.sources: every condition needs at least one source");
            }

            foreach (var s in conditionSources)
            {
                CheckSource(ConditionsFile, key + ".sources", s, sources, errors);
            }

            var (prior, priorSource, _) = y.Sourced(y.Required(map, key, "prior"), key + ".prior");
            CheckProbability(ConditionsFile, key + ".prior", prior[0], errors);
            CheckSource(ConditionsFile, key + ".prior", priorSource, sources, errors);
            CheckNoFigure(ConditionsFile, key + ".prior", priorSource, sources, errors);
            var (age, ageSource, _) = y.Sourced(y.Required(map, key, "age"), key + ".age");
            CheckSource(ConditionsFile, key + ".age", ageSource, sources, errors);
            CheckNoFigure(ConditionsFile, key + ".age", ageSource, sources, errors);
            var (sex, sexSource, _) = y.Sourced(y.Required(map, key, "sex"), key + ".sex");
            CheckSource(ConditionsFile, key + ".sex", sexSource, sources, errors);
            CheckNoFigure(ConditionsFile, key + ".sex", sexSource, sources, errors);
            if (age.Count != ConditionDefinition.AgeBandMaxima.Count || age.Any(a => a <= 0))
            {
                errors.Add($"{ConditionsFile}: {key}.age: needs {ConditionDefinition.AgeBandMaxima.Count} positive factors");
                age = [1, 1, 1, 1];
            }

            if (sex.Count != 2 || sex.Any(s => s <= 0))
            {
                errors.Add($"{ConditionsFile}: {key}.sex: needs 2 positive factors (female, male)");
                sex = [1, 1];
            }

            var defaults = new Dictionary<string, double>(StringComparer.Ordinal);
            if (YamlNodes.Optional(map, "group_defaults") is { } gd)
            {
                foreach (var (group, value) in YamlNodes.Entries(y.Map(gd, key + ".group_defaults")))
                {
                    var p = y.Num(value, $"{key}.group_defaults.{group}");
                    CheckProbability(ConditionsFile, $"{key}.group_defaults.{group}", p, errors);
                    defaults[group] = p;
                }
            }

            var likelihoods = ReadLikelihoods(y, y.Map(y.Required(map, key, "findings"), key + ".findings"), key, id, findings, sources, errors);
            var profiles = new List<ConditionProfile>();
            if (YamlNodes.Optional(map, "profiles") is { } profileNodes)
            {
                var pitems = y.Seq(profileNodes, key + ".profiles").Children;
                for (var p = 0; p < pitems.Count; p++)
                {
                    var pmap = y.Map(pitems[p], $"{key}.profiles[{p}]");
                    var pid = y.RequiredStr(pmap, $"{key}.profiles[{p}]", "id");
                    var pkey = $"{key}.profiles[{pid}]";
                    var (share, shareSource, _) = y.Sourced(y.Required(pmap, pkey, "share"), pkey + ".share");
                    CheckProbability(ConditionsFile, pkey + ".share", share[0], errors);
                    CheckSource(ConditionsFile, pkey + ".share", shareSource, sources, errors);
                    CheckNoFigure(ConditionsFile, pkey + ".share", shareSource, sources, errors);
                    var psevText = YamlNodes.Optional(pmap, "severity") is { } ps ? y.Str(ps, pkey + ".severity") : severityText;
                    if (!TriageLevels.TryParse(psevText, out var psev))
                    {
                        errors.Add($"{ConditionsFile}: {pkey}.severity: '{psevText}' is not a triage level");
                    }

                    var plikelihoods = ReadLikelihoods(y, y.Map(y.Required(pmap, pkey, "findings"), pkey + ".findings"), pkey, id, findings, sources, errors);
                    profiles.Add(new ConditionProfile(pid, y.RequiredStr(pmap, pkey, "name"), share[0], psev, plikelihoods, shareSource));
                }

                if (profiles.Sum(pr => pr.Share) >= 1)
                {
                    errors.Add($"{ConditionsFile}: {key}.profiles: the shares must leave part of the condition to its main profile (sum below 1)");
                }
            }

            list.Add(new ConditionDefinition(
                id, y.RequiredStr(map, key, "name"), y.RequiredStr(map, key, "summary"), severity, conditionSources,
                prior[0], age, sex, defaults, likelihoods, profiles));
        }

        return (list, y.RequiredStr(other, "other_cause", "name"), otherPrior[0]);
    }

    private static Dictionary<string, FindingLikelihood> ReadLikelihoods(
        YamlNodes y, YamlMappingNode map, string key, string conditionId, Dictionary<string, FindingDefinition> findings, SourceTable sources, List<string> errors)
    {
        var likelihoods = new Dictionary<string, FindingLikelihood>(StringComparer.Ordinal);
        foreach (var (findingId, value) in YamlNodes.Entries(map))
    {
            var fkey = $"{key}.findings.{findingId}";
            var (values, source, isList) = y.Sourced(value, fkey);
            CheckSource(ConditionsFile, fkey, source, sources, errors);
            if (!findings.TryGetValue(findingId, out var finding))
            {
                errors.Add($"{ConditionsFile}: {fkey}: finding '{findingId}' is not in {FindingsFile}");
                continue;
            }

            foreach (var p in values)
            {
                CheckProbability(ConditionsFile, fkey, p, errors);
            }

            if (finding.Kind == FindingKind.Bool && !isList)
            {
                CheckFigure(ConditionsFile, fkey, source, findingId, conditionId, values[0], finding.BaseRate, sources, errors);
                likelihoods[findingId] = new FindingLikelihood(findingId, [values[0], 1 - values[0]], source);
            }
            else if (finding.Kind == FindingKind.Number && isList && values.Count == finding.Bands.Count)
            {
                CheckNoFigure(ConditionsFile, fkey, source, sources, errors);
                if (Math.Abs(values.Sum() - 1) > 0.01)
                {
                    errors.Add($"{ConditionsFile}: {fkey}: band probabilities must sum to 1");
                }

                likelihoods[findingId] = new FindingLikelihood(findingId, values, source);
            }
            else
            {
                errors.Add($"{ConditionsFile}: {fkey}: a bool finding takes one probability, a number finding one per band ({finding.Bands.Count})");
            }
        }

        return likelihoods;
    }

    private static (List<TriageRule>, TriageThresholds) ReadRules(
        string text, Dictionary<string, FindingDefinition> findings, HashSet<string> conditionIds, SourceTable sources, List<string> errors)
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
                .Select((c, n) => ParseClause(c, $"{key}.when[{n}]", findings, errors)).ToArray();
            var unless = y.StrList(YamlNodes.Optional(map, "unless"), key + ".unless")
                .Select((a, n) => ParseAtom(a.Trim(), $"{key}.unless[{n}]", findings, errors)).ToArray();
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

    private static RuleClause ParseClause(string text, string key, Dictionary<string, FindingDefinition> findings, List<string> errors)
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

    private static RuleAtom ParseAtom(string text, string key, Dictionary<string, FindingDefinition> findings, List<string> errors)
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

    private static List<SelfTestDefinition> ReadSelfTests(
        string text, Dictionary<string, FindingDefinition> findings, HashSet<string> conditionIds, SourceTable sources, List<string> errors)
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

    private static (Dictionary<TriageLevel, AdviceEntry>, Dictionary<string, AdviceEntry>) ReadAdvice(
        string text, HashSet<string> conditionIds, SourceTable sources, List<string> errors)
    {
        var y = new YamlNodes(AdviceFile);
        var root = YamlNodes.ParseRoot(AdviceFile, text);
        var levels = new Dictionary<TriageLevel, AdviceEntry>();
        foreach (var (name, value) in YamlNodes.Entries(y.Map(y.Required(root, string.Empty, "triage_levels"), "triage_levels")))
        {
            var key = "triage_levels." + name;
            if (!TriageLevels.TryParse(name, out var level))
            {
                errors.Add($"{AdviceFile}: {key}: '{name}' is not a triage level");
                continue;
            }

            var map = y.Map(value, key);
            levels[level] = ReadEntry(y, map, key, y.RequiredStr(map, key, "headline"), y.RequiredStr(map, key, "when_to_seek_care"), sources, errors);
        }

        var conditions = new Dictionary<string, AdviceEntry>(StringComparer.Ordinal);
        foreach (var (name, value) in YamlNodes.Entries(y.Map(y.Required(root, string.Empty, "conditions"), "conditions")))
        {
            var key = "conditions." + name;
            if (!conditionIds.Contains(name))
            {
                errors.Add($"{AdviceFile}: {key}: condition '{name}' is not in {ConditionsFile}");
            }

            var map = y.Map(value, key);
            conditions[name] = ReadEntry(y, map, key, string.Empty, y.RequiredStr(map, key, "see_someone_if"), sources, errors);
        }

        return (levels, conditions);
    }

    private static AdviceEntry ReadEntry(YamlNodes y, YamlMappingNode map, string key, string headline, string seeSomeoneIf, SourceTable sources, List<string> errors)
    {
        var runningText = y.RequiredStr(map, key, "running");
        RunningAdvice running;
        switch (runningText)
        {
            case "keep_running": running = RunningAdvice.KeepRunning; break;
            case "reduce": running = RunningAdvice.Reduce; break;
            case "stop_cross_train": running = RunningAdvice.StopAndCrossTrain; break;
            case "see_someone": running = RunningAdvice.SeeSomeone; break;
            default:
                errors.Add($"{AdviceFile}: {key}.running: '{runningText}' is not keep_running, reduce, stop_cross_train or see_someone");
                running = RunningAdvice.SeeSomeone;
                break;
        }

        var entrySources = y.StrList(y.Required(map, key, "src"), key + ".src");
        foreach (var s in entrySources)
        {
            CheckSource(AdviceFile, key + ".src", s, sources, errors);
        }

        return new AdviceEntry(running, headline, y.RequiredStr(map, key, "now"), seeSomeoneIf, entrySources);
    }
}
