namespace Footfall.Recovery;

/// <summary>An exercise from the library (knowledge/recovery/exercises.yaml).</summary>
/// <param name="Id">Stable id that plans reference.</param>
/// <param name="Name">Display name.</param>
/// <param name="Target">What it trains or relieves.</param>
/// <param name="Steps">How to do it, in order.</param>
/// <param name="Dosage">Default sets, repetitions, holds and frequency; a phase may prescribe another.</param>
/// <param name="CommonMistakes">What people get wrong.</param>
/// <param name="WhenNotToDoIt">Contraindications: when to skip it and seek care instead.</param>
/// <param name="IllustrationSvg">A simple line drawing as a self-contained SVG document.</param>
/// <param name="Source">Where the exercise or dosage comes from, or "expert estimate".</param>
public sealed record Exercise(
    string Id,
    string Name,
    string Target,
    IReadOnlyList<string> Steps,
    string Dosage,
    IReadOnlyList<string> CommonMistakes,
    IReadOnlyList<string> WhenNotToDoIt,
    string IllustrationSvg,
    string Source);
