namespace Footfall.Assessment.Knowledge;

/// <summary>What to do now, for a triage level or a condition (knowledge/advice.yaml).</summary>
/// <param name="Running">What to do about running.</param>
/// <param name="Headline">A one-line headline (triage levels only; empty for conditions).</param>
/// <param name="Now">What to do now, in plain words.</param>
/// <param name="SeeSomeoneIf">When to seek care.</param>
/// <param name="Sources">Source ids.</param>
public sealed record AdviceEntry(RunningAdvice Running, string Headline, string Now, string SeeSomeoneIf, IReadOnlyList<string> Sources);
