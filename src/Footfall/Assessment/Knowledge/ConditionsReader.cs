using Footfall.KnowledgeReading;
using YamlDotNet.RepresentationModel;
using static Footfall.Assessment.Knowledge.KnowledgeChecks;
using static Footfall.Assessment.Knowledge.KnowledgeLoader;

namespace Footfall.Assessment.Knowledge;

/// <summary>Reads conditions.yaml: the conditions, their profiles and likelihoods, and the "other cause" leak.</summary>
internal static class ConditionsReader
{
    internal static (List<ConditionDefinition>, string, double) Read(
        string text, Dictionary<string, FindingDefinition> findings, SourceTable sources, KnowledgeErrors errors)
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

    internal static Dictionary<string, FindingLikelihood> ReadLikelihoods(
        YamlNodes y, YamlMappingNode map, string key, string conditionId, Dictionary<string, FindingDefinition> findings, SourceTable sources, KnowledgeErrors errors)
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
}
