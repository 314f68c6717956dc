namespace Footfall.Recovery;

/// <summary>Ways to keep aerobic fitness while running is reduced or out.</summary>
public enum CrossTrainingMode
{
    /// <summary>Running motion in deep water with a flotation belt; no ground impact.</summary>
    DeepWaterRunning = 0,

    Cycling = 1,

    Swimming = 2,

    /// <summary>Elliptical trainer: weight-bearing but with little impact.</summary>
    Elliptical = 3,
}
