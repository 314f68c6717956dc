namespace Footfall.Assessment;

/// <summary>
/// How soon a runner should be seen, most urgent first (spec/vocabulary.yaml, spec/triage-policy.md).
/// The numeric order is the urgency order: a smaller value is more urgent.
/// </summary>
public enum TriageLevel
{
    /// <summary>Call an ambulance now.</summary>
    EmergencyAmbulance = 0,

    /// <summary>Go to an emergency department or same-day urgent care now.</summary>
    Emergency = 1,

    /// <summary>See a doctor within 24 hours.</summary>
    Consultation24 = 2,

    /// <summary>Book an assessment with a doctor or physiotherapist within a few days.</summary>
    Consultation = 3,

    /// <summary>Self-management with a plan; see a clinician if not improving.</summary>
    SelfCare = 4,
}
