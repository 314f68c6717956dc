using System.Globalization;
using Footfall.KnowledgeReading;
using static Footfall.Assessment.Knowledge.KnowledgeLoader;

namespace Footfall.Assessment.Knowledge;

/// <summary>Checks shared by the knowledge readers: sources exist, probabilities are in (0, 1), cited numbers agree with the figures their sources state.</summary>
internal static class KnowledgeChecks
{
    /// <summary>A number that names a source other than <c>expert</c> must agree with a figure the source states.</summary>
    internal static void CheckFigure(string file, string key, string source, string findingId, string conditionId, double p, double baseRate, SourceTable sources, KnowledgeErrors errors)
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
    internal static void CheckNoFigure(string file, string key, string source, SourceTable sources, KnowledgeErrors errors)
    {
        if (source != SourceTable.Expert && sources.ContainsKey(source))
        {
            errors.Add($"{file}: {key}: source '{source}' states no figure for this number; mark it expert (name the source in the condition's sources)");
        }
    }

    internal static void CheckSource(string file, string key, string source, SourceTable sources, KnowledgeErrors errors)
    {
        if (!sources.ContainsKey(source))
        {
            errors.Add($"{file}: {key}: source '{source}' is not in {SourcesFile}");
        }
    }

    internal static void CheckProbability(string file, string key, double p, KnowledgeErrors errors)
    {
        if (!(p > 0 && p < 1))
        {
            errors.Add($"{file}: {key}: probability {p.ToString(CultureInfo.InvariantCulture)} is not in (0, 1)");
        }
    }
}
