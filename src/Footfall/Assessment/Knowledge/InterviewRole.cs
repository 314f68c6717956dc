namespace Footfall.Assessment.Knowledge;

/// <summary>
/// The part an interview group plays in the runner's interview, declared per group in
/// knowledge/findings.yaml (<c>groups.&lt;id&gt;.role</c>).
/// </summary>
public enum InterviewRole
{
    /// <summary>Asked by expected information gain, after the screen and the location search.</summary>
    Other,

    /// <summary>The warning signs: the screen and its follow-ups.</summary>
    Warning,

    /// <summary>Where it hurts: searched right after the warning screen until one place is present.</summary>
    Location,

    /// <summary>What the pain is like: slipped in while the runner cannot place the pain.</summary>
    Pattern,

    /// <summary>The clinician's examination: never asked in the runner's interview.</summary>
    Clinician,
}
