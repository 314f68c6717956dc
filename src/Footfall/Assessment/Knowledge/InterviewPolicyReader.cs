using Footfall.KnowledgeReading;
using YamlDotNet.RepresentationModel;

namespace Footfall.Assessment.Knowledge;

/// <summary>Reads and checks knowledge/interview.yaml (see <see cref="InterviewPolicy"/>).</summary>
internal static class InterviewPolicyReader
{
    public const string File = "interview.yaml";

    public static InterviewPolicy Read(
        string text,
        IReadOnlyDictionary<string, FindingDefinition> findings,
        IReadOnlyList<TriageRule> rules,
        IReadOnlyDictionary<string, string> sources,
        KnowledgeErrors errors)
    {
        var y = new YamlNodes(File);
        var root = YamlNodes.ParseRoot(File, text);

        void Finding(string id, string key, bool warning = false)
        {
            if (!findings.TryGetValue(id, out var f))
            {
                errors.Add($"{File}: {key}: finding '{id}' is not in findings.yaml");
            }
            else if (warning && !f.IsWarningSign)
            {
                errors.Add($"{File}: {key}: finding '{id}' is not a warning sign");
            }
        }

        void Sources(YamlMappingNode map, string key)
        {
            foreach (var s in y.StrList(y.Required(map, key, "src"), key + ".src").Where(s => !sources.ContainsKey(s)))
            {
                errors.Add($"{File}: {key}.src: source '{s}' is not in sources.yaml");
            }
        }

        double Probability(YamlMappingNode map, string key, string name)
        {
            var p = y.Num(y.Required(map, key, name), key + "." + name);
            if (!(p > 0 && p < 1))
            {
                errors.Add($"{File}: {key}.{name}: probability {p.ToString(System.Globalization.CultureInfo.InvariantCulture)} is not in (0, 1)");
            }

            return p;
        }

        TriageLevel Level(YamlMappingNode map, string key)
        {
            var text = y.RequiredStr(map, key, "level");
            if (!TriageLevels.TryParse(text, out var level))
            {
                errors.Add($"{File}: {key}.level: '{text}' is not a triage level");
            }

            return level;
        }

        var opening = y.Map(y.Required(root, string.Empty, "opening_screen"), "opening_screen");
        var screen = y.StrList(y.Required(opening, "opening_screen", "findings"), "opening_screen.findings");
        for (var i = 0; i < screen.Count; i++)
        {
            Finding(screen[i], $"opening_screen.findings[{i}]", warning: true);
        }

        Sources(opening, "opening_screen");

        var recheckMap = y.Map(y.Required(root, string.Empty, "rechecks"), "rechecks");
        var rechecks = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in YamlNodes.Entries(recheckMap).Where(e => e.Name != "src"))
        {
            Finding(name, "rechecks." + name, warning: true);
            rechecks[name] = y.Str(value, "rechecks." + name);
        }

        Sources(recheckMap, "rechecks");
        foreach (var f in findings.Values.Where(f => f.IsWarningSign && !f.ClinicianOnly && !rechecks.ContainsKey(f.Id)))
        {
            errors.Add($"{File}: rechecks: warning sign '{f.Id}' has no plainer re-ask");
        }

        var loading = y.Map(y.Required(root, string.Empty, "loading_tests"), "loading_tests");
        var instead = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in YamlNodes.Entries(y.Map(y.Required(loading, "loading_tests", "instead"), "loading_tests.instead")))
        {
            var alternative = y.Str(value, "loading_tests.instead." + name);
            Finding(name, "loading_tests.instead." + name);
            Finding(alternative, "loading_tests.instead." + name);
            instead[name] = alternative;
        }

        Sources(loading, "loading_tests");
        var check = y.Map(y.Required(root, string.Empty, "triage_check"), "triage_check");
        Sources(check, "triage_check");
        var unsure = y.Map(y.Required(root, string.Empty, "unsure_warning"), "unsure_warning");
        Sources(unsure, "unsure_warning");
        var unclear = y.Map(y.Required(root, string.Empty, "unclear_picture"), "unclear_picture");
        Sources(unclear, "unclear_picture");

        var actions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in YamlNodes.Entries(y.Map(y.Required(root, string.Empty, "emergency_actions"), "emergency_actions")))
        {
            if (!rules.Any(r => r.Id == name))
            {
                errors.Add($"{File}: emergency_actions.{name}: rule '{name}' is not in red-flags.yaml");
            }

            actions[name] = y.Str(value, "emergency_actions." + name);
        }

        foreach (var rule in rules.Where(r => r.Level.IsEmergency() && !actions.ContainsKey(r.Id)))
        {
            errors.Add($"{File}: emergency_actions: emergency rule '{rule.Id}' has no action of its own");
        }

        return new InterviewPolicy(
            y.RequiredStr(opening, "opening_screen", "title"),
            y.RequiredStr(opening, "opening_screen", "intro"),
            screen,
            rechecks,
            Probability(loading, "loading_tests", "threshold"),
            instead,
            Probability(check, "triage_check", "probability"),
            Level(unsure, "unsure_warning"),
            y.RequiredStr(unsure, "unsure_warning", "reason"),
            Level(unclear, "unclear_picture"),
            Probability(unclear, "unclear_picture", "clear_probability"),
            y.RequiredStr(unclear, "unclear_picture", "reason"),
            actions);
    }
}
