namespace Footfall.Recovery;

/// <summary>
/// Test results and clinician decisions that phase criteria are checked against; null means not tested.
/// Pain-based criteria are checked against check-ins instead.
/// </summary>
public sealed record PhaseEvidence
{
    public static PhaseEvidence None { get; } = new();

    /// <summary>Single-leg heel raises on the sore side (count).</summary>
    public int? HeelRaisesSore { get; init; }

    /// <summary>Single-leg heel raises on the other side (count).</summary>
    public int? HeelRaisesOther { get; init; }

    /// <summary>Longest brisk walk without pain, minutes.</summary>
    public int? PainFreeBriskWalkMinutes { get; init; }

    /// <summary>Single-leg hops on the sore side without pain (count).</summary>
    public int? PainFreeHops { get; init; }

    /// <summary>Single-leg squats on the sore side without pain (count).</summary>
    public int? PainFreeSingleLegSquats { get; init; }

    /// <summary>Single-leg stand on the sore side, seconds.</summary>
    public int? SingleLegStandSeconds { get; init; }

    /// <summary>Focal tenderness when the bone is pressed.</summary>
    public bool? BonyTenderness { get; init; }

    /// <summary>The treating clinician has cleared the next step.</summary>
    public bool? ClinicianCleared { get; init; }

    /// <summary>Days spent in the current phase.</summary>
    public int? DaysInPhase { get; init; }
}
