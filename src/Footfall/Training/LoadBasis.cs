namespace Footfall.Training;

/// <summary>
/// What one day's training load is measured in, for the acute:chronic ratios, monotony and strain.
/// The research notes (training-load-and-formats.md, section 2) suggest offering several bases;
/// Footfall defaults to <see cref="Distance"/> because every imported run has one, the case findings are
/// about distance, and total distance is the load Murray et al. (BJSM 2017;51:749-754) found the EWMA
/// ratio most sensitive to.
/// </summary>
public enum LoadBasis
{
    /// <summary>Kilometres run per day.</summary>
    Distance,

    /// <summary>Minutes run per day.</summary>
    Duration,

    /// <summary>
    /// Session RPE (CR-10) × minutes, in arbitrary units (Foster et al., J Strength Cond Res 2001;15(1):109-115).
    /// Runs without an RPE add no load and are counted in <see cref="TrainingHistory.RunsWithoutRpe"/>.
    /// </summary>
    SessionRpe,
}
