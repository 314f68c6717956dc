namespace Footfall.Assessment;

/// <summary>The vocabulary ids of <see cref="TriageLevel"/> and comparisons by urgency.</summary>
public static class TriageLevels
{
    public static string ToId(this TriageLevel level) => level switch
    {
        TriageLevel.EmergencyAmbulance => "emergency_ambulance",
        TriageLevel.Emergency => "emergency",
        TriageLevel.Consultation24 => "consultation_24",
        TriageLevel.Consultation => "consultation",
        TriageLevel.SelfCare => "self_care",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown triage level."),
    };

    public static bool TryParse(string? id, out TriageLevel level)
    {
        foreach (var candidate in Enum.GetValues<TriageLevel>())
        {
            if (string.Equals(candidate.ToId(), id, StringComparison.Ordinal))
            {
                level = candidate;
                return true;
            }
        }

        level = TriageLevel.SelfCare;
        return false;
    }

    /// <summary>The more urgent of two levels.</summary>
    public static TriageLevel MostUrgent(TriageLevel a, TriageLevel b) => a <= b ? a : b;

    /// <summary>True for <see cref="TriageLevel.Emergency"/> and <see cref="TriageLevel.EmergencyAmbulance"/>.</summary>
    public static bool IsEmergency(this TriageLevel level) => level <= TriageLevel.Emergency;
}
