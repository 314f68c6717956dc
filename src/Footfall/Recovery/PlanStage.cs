namespace Footfall.Recovery;

/// <summary>Where in a plan a runner is, in order.</summary>
public enum PlanStage
{
    /// <summary>Phase 1: settle pain.</summary>
    SettlePain = 1,

    /// <summary>Phase 2: restore local capacity and stability.</summary>
    RestoreCapacity = 2,

    /// <summary>Phase 3: fix the global pattern of hips, core and running form.</summary>
    GlobalPattern = 3,

    /// <summary>Past the readiness gate: the graded walk-run return.</summary>
    ReturnToRun = 4,

    /// <summary>The walk-run table is done: usual training with recovery days.</summary>
    Completed = 5,
}
