namespace Footfall.Recovery;

/// <summary>
/// Pain limits that decide progress, hold or step back, after the Silbernagel pain-monitoring model
/// (Silbernagel 2007): pain during activity up to a safe limit, up to an acceptable limit, and above it;
/// next-morning pain and stiffness must not rise. Values come from knowledge/recovery/pain-models.yaml,
/// each with its source. Pain is on the 0-10 numeric rating scale.
/// </summary>
/// <param name="Id">tendon_fascia, bone, nerve, ... .</param>
/// <param name="Name">Display name.</param>
/// <param name="SafeMaxPain">Highest pain (0-10) during or after activity that still allows progress.</param>
/// <param name="AcceptableMaxPain">Highest pain (0-10) that means hold; above it, step back.</param>
/// <param name="MorningRiseStepBack">A rise of next-morning pain by at least this many points (0-10 scale) steps back; a smaller rise holds.</param>
/// <param name="StiffnessRiseHoldMinutes">A rise in morning stiffness by at least this many minutes holds.</param>
/// <param name="SeeClinicianPain">Pain at or above this (0-10) at any time also advises seeing a clinician.</param>
/// <param name="GoodDaysToProgress">Consecutive check-ins within the safe limit needed to progress.</param>
/// <param name="Source">Sources of the numbers.</param>
public sealed record PainMonitoringModel(
    string Id,
    string Name,
    int SafeMaxPain,
    int AcceptableMaxPain,
    int MorningRiseStepBack,
    int StiffnessRiseHoldMinutes,
    int SeeClinicianPain,
    int GoodDaysToProgress,
    string Source);
