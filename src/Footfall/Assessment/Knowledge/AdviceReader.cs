using Footfall.KnowledgeReading;
using YamlDotNet.RepresentationModel;
using static Footfall.Assessment.Knowledge.KnowledgeChecks;
using static Footfall.Assessment.Knowledge.KnowledgeLoader;

namespace Footfall.Assessment.Knowledge;

/// <summary>Reads advice.yaml: advice per triage level and per condition.</summary>
internal static class AdviceReader
{
    internal static (Dictionary<TriageLevel, AdviceEntry>, Dictionary<string, AdviceEntry>) Read(
        string text, HashSet<string> conditionIds, SourceTable sources, KnowledgeErrors errors)
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

    internal static AdviceEntry ReadEntry(YamlNodes y, YamlMappingNode map, string key, string headline, string seeSomeoneIf, SourceTable sources, KnowledgeErrors errors)
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
