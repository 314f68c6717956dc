namespace Footfall.Recovery.Questionnaires;

/// <summary>One answer a runner can give to an item: its score (0-4) or null for "not applicable".</summary>
public sealed record ResponseOption(int? Value, string Label);
