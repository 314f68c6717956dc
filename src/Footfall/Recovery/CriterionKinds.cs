namespace Footfall.Recovery;

/// <summary>Constants shared by the criterion kinds.</summary>
public static class CriterionKinds
{
    /// <summary>
    /// Limb symmetry that counts as "symmetric with the other side" for heel raises, percent: expert estimate
    /// (the 90% limb symmetry index is a common return-to-sport convention; not in the research notes).
    /// </summary>
    public const double SymmetryPercent = 90;
}
