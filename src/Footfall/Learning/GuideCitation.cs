namespace Footfall.Learning;

/// <summary>A source a guide rests on, as a citation from sources.yaml.</summary>
/// <param name="Id">The source id.</param>
/// <param name="Citation">The citation.</param>
public sealed record GuideCitation(string Id, string Citation);
