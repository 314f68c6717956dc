namespace Footfall.Recovery;

/// <summary>
/// What a phase criterion measures, so that it can be checked against test results and check-ins.
/// The threshold's unit depends on the kind and is given on each member.
/// </summary>
public enum CriterionKind
{
    /// <summary>
    /// Single-leg heel raises on the sore side: at least the threshold (norm about 25; Hébert-Losier 2009, 2017),
    /// or at least <see cref="CriterionKinds.SymmetryPercent"/>% of the other side, since older runners' norms are lower.
    /// </summary>
    HeelRaises = 0,

    /// <summary>Heel raises on the sore side as a percentage of the other side, at least the threshold (%).</summary>
    HeelRaiseSymmetry = 1,

    /// <summary>Minutes of brisk walking without pain, at least the threshold.</summary>
    PainFreeBriskWalk = 2,

    /// <summary>Single-leg hops on the sore side without pain, at least the threshold (count).</summary>
    PainFreeHops = 3,

    /// <summary>Single-leg squats without pain, at least the threshold (count).</summary>
    PainFreeSingleLegSquats = 4,

    /// <summary>Single-leg stand, seconds, at least the threshold.</summary>
    SingleLegStand = 5,

    /// <summary>Pain during activity at most the threshold (0-10) on every recent check-in.</summary>
    MaxPainDuringActivity = 6,

    /// <summary>Next-morning pain not above the morning before (recent check-ins).</summary>
    SettledByNextMorning = 7,

    /// <summary>
    /// Daily activities (walking, stairs, standing) essentially pain-free: first-step and after-activity pain at
    /// most the threshold (0-10) on every recent check-in.
    /// </summary>
    PainFreeDailyLiving = 8,

    /// <summary>No focal tenderness when the bone is pressed.</summary>
    NoBonyTenderness = 9,

    /// <summary>The treating clinician has cleared the runner for the next step.</summary>
    ClinicianClearance = 10,

    /// <summary>At least the threshold number of days spent in the phase.</summary>
    MinimumDaysInPhase = 11,
}
