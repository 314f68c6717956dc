using Footfall.Assessment;

namespace Footfall.Web.Pages.Assess;

/// <summary>What the result partial shows: the result, whether it can still be saved (this browser's
/// interview), the runner's country for the emergency number, and the interview step to go back from.</summary>
public sealed record ResultView(AssessmentResult Result, bool CanSave, bool Saved, string? Region = null, int? BackStep = null);
