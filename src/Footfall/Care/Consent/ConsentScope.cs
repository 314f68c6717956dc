namespace Footfall.Care.Consent;

/// <summary>The parts of a runner's record a consent covers; a clinician reads only what is granted.</summary>
[Flags]
public enum ConsentScope
{
    None = 0,

    /// <summary>Saved assessments with their reasons, and clinicians' examinations.</summary>
    Assessments = 1,

    /// <summary>Imported runs, training-load signals and shoes.</summary>
    RunningHistory = 2,

    /// <summary>The recovery plan, check-ins, pain chart and questionnaire scores.</summary>
    Recovery = 4,

    All = Assessments | RunningHistory | Recovery,
}
