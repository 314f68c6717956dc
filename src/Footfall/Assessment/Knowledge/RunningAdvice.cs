namespace Footfall.Assessment.Knowledge;

/// <summary>What to do about running now, least restrictive first.</summary>
public enum RunningAdvice
{
    /// <summary>Keep running as planned, watching the pain.</summary>
    KeepRunning = 0,

    /// <summary>Reduce running to what stays within the pain rules.</summary>
    Reduce = 1,

    /// <summary>Stop running; keep fit with pain-free cross-training.</summary>
    StopAndCrossTrain = 2,

    /// <summary>Stop and see someone before doing more.</summary>
    SeeSomeone = 3,
}
