namespace Footfall.Recovery;

public enum CriterionStatus
{
    Met = 0,
    NotMet = 1,

    /// <summary>Not tested or not enough check-ins to tell.</summary>
    Unknown = 2,
}
