using Footfall.Assessment.Knowledge;

namespace Footfall.Assessment;

/// <summary>What to do now: the most restrictive running advice of the triage level and of the
/// likely conditions, and when to seek care.</summary>
/// <param name="Running">What to do about running.</param>
/// <param name="Headline">The triage level's headline.</param>
/// <param name="Now">Steps to take now: the triage level's first, then the likely conditions'.</param>
/// <param name="WhenToSeekCare">When to see someone: the triage level's first, then the leading condition's.</param>
public sealed record AssessmentAdvice(RunningAdvice Running, string Headline, IReadOnlyList<string> Now, IReadOnlyList<string> WhenToSeekCare);
