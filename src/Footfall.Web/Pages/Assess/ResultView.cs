using Footfall.Assessment;

namespace Footfall.Web.Pages.Assess;

/// <summary>What the result partial shows: the result, and the sealed state when it can still be saved.</summary>
public sealed record ResultView(AssessmentResult Result, string? SealedState, bool Saved);
