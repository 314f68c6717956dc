namespace Footfall.Assessment;

/// <summary>Why the interview asks a question or shows a checklist.</summary>
public enum QuestionPurpose
{
    /// <summary>The opening warning-sign screen, asked of every runner first.</summary>
    Screen,

    /// <summary>A warning sign answered "not sure", asked again in plainer words or as a check.</summary>
    Recheck,

    /// <summary>A further sign of a danger that one answer made possible.</summary>
    FollowUp,

    /// <summary>How it started, asked right after the warning signs.</summary>
    Opening,

    /// <summary>Where it hurts (the pain map).</summary>
    Location,

    /// <summary>The most informative question about the likely causes.</summary>
    Information,

    /// <summary>A finding that could still make the triage more urgent, checked before stopping.</summary>
    TriageCheck,
}
