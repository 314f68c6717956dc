namespace Footfall.Recovery;

/// <summary>One cross-training mode a phase allows, with how to do it in that phase.</summary>
public sealed record CrossTrainingOption(CrossTrainingMode Mode, string Guidance);
