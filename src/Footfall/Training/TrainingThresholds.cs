namespace Footfall.Training;

/// <summary>
/// The cut-offs the training signals and findings use. Each default names its source or says that it is an
/// expert estimate; none of them is an injury threshold, only a point at which a signal is worth a look.
/// </summary>
public sealed record TrainingThresholds
{
    /// <summary>The defaults documented on each property.</summary>
    public static TrainingThresholds Default { get; } = new();

    /// <summary>
    /// A shoe counts as worn at or beyond this distance, km. Default 700: the case vocabulary's "more than about
    /// 700 km", inside the usual 480–800 km (300–500 mi) replacement convention. Cook et al. (Am J Sports Med
    /// 1985;13(4):248-253) measured shock absorption falling to about 60% of new by 800 km in machine tests.
    /// No prospective study backs a specific number: expert estimate.
    /// </summary>
    public double WornShoeKilometers { get; init; } = 700;

    /// <summary>A shoe is "new" for this many days after it was first worn. Default 28 (expert estimate: one chronic-load window).</summary>
    public int NewShoeDays { get; init; } = 28;

    /// <summary>
    /// A last-week increase above this percentage counts as a sharp increase. Default 30: novices progressing more
    /// than 30% had HR 1.59 (95% CI 0.96–2.66) for distance-related injuries (Nielsen et al., JOSPT 2014;44(10):739-747).
    /// </summary>
    public double SharpIncreasePercent { get; init; } = 30;

    /// <summary>
    /// The increase must also be at least this many km, so that 3 km after an average of 2 km does not count.
    /// Default 5 km (expert estimate).
    /// </summary>
    public double SharpIncreaseMinimumKilometers { get; init; } = 5;

    /// <summary>
    /// Stance-time balance whose rolling mean is more than this many percentage points away from 50% is flagged.
    /// Default 2 (outside 48–52% left): expert estimate; Garmin's colour gauge puts values beyond about 52.2% in its
    /// outer band (recalled from Garmin Connect help, not verified here). Sensors differ by about ±1 point.
    /// </summary>
    public double StanceBalanceTolerancePoints { get; init; } = 2;

    /// <summary>How many recent runs with a value the gait trends average over. Default 5 (expert estimate).</summary>
    public int GaitTrendRuns { get; init; } = 5;

    /// <summary>
    /// A change of the recent cadence trend against the runner's earlier baseline beyond this percentage is shown
    /// as low or high. Default 5: a 5% change in step rate measurably changes joint loading (Heiderscheit et al.,
    /// Med Sci Sports Exerc 2011;43(2):296-302; cited from memory, not in the research notes).
    /// </summary>
    public double CadenceChangePercent { get; init; } = 5;

    /// <summary>"New to running" means started within this many days. Default 183 (six months, the vocabulary's wording).</summary>
    public int NewToRunningDays { get; init; } = 183;

    /// <summary>
    /// Runs in at least this many distinct ISO weeks before the six-month mark show that the runner started
    /// earlier. Default 8 (expert estimate: about two months of regular running).
    /// </summary>
    public int EstablishedRunningWeeks { get; init; } = 8;

    /// <summary>
    /// An acute:chronic ratio is placed in a band only when at least this many runs fall in the 28 days it
    /// covers; otherwise one short run after a quiet month reads as a spike. Default 4 (expert estimate: about
    /// one run a week).
    /// </summary>
    public int MinimumRunsForRatio { get; init; } = 4;

    /// <summary>Runs shorter than this, minutes, do not count in the gait trends (a one-minute run says little
    /// about a runner's gait). Default 10 (expert estimate).</summary>
    public double MinimumGaitRunMinutes { get; init; } = 10;

    /// <summary>A gait trend is placed in a band only with at least this many qualifying runs. Default 3 (expert estimate).</summary>
    public int MinimumGaitRuns { get; init; } = 3;
}
