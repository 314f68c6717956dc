namespace Footfall.Assessment.Knowledge;

/// <summary>The bibliography as the loader checks it: citations and the figures each source states.</summary>
internal sealed class SourceTable(Dictionary<string, string> cites, List<PublishedFigure> figures)
{
    /// <summary>The id of an expert estimate, which needs no figure.</summary>
    public const string Expert = "expert";

    public Dictionary<string, string> Cites { get; } = cites;

    public List<PublishedFigure> Figures { get; } = figures;

    public bool ContainsKey(string id) => Cites.ContainsKey(id);

    /// <summary>The source's figures about a finding in a condition.</summary>
    public IEnumerable<PublishedFigure> FiguresFor(string source, string findingId, string conditionId) =>
        Figures.Where(f => f.Source == source && f.FindingId == findingId && f.ConditionId == conditionId);
}
