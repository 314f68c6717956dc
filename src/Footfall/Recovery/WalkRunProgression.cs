namespace Footfall.Recovery;

/// <summary>A graded walk-run return table (knowledge/recovery/return-to-run.yaml).</summary>
/// <param name="Id">Stable id that plans reference.</param>
/// <param name="Name">Display name.</param>
/// <param name="Sessions">Days in order, numbered from 1 without gaps.</param>
/// <param name="Rules">How to use the table: when to repeat, when to go back a day.</param>
/// <param name="Source">Where the table comes from.</param>
public sealed record WalkRunProgression(string Id, string Name, IReadOnlyList<WalkRunSession> Sessions, IReadOnlyList<string> Rules, string Source);
