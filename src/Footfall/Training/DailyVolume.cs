namespace Footfall.Training;

/// <summary>Running done on one local calendar day; a day without runs has zeros.</summary>
/// <param name="Date">The runner's local date.</param>
/// <param name="Distance">Total distance of the runs that started that day.</param>
/// <param name="Duration">Total duration of those runs.</param>
/// <param name="Runs">How many runs started that day.</param>
/// <param name="Load">The day's load in the history's <see cref="LoadBasis"/> (km, minutes or RPE × minutes).</param>
public readonly record struct DailyVolume(DateOnly Date, Distance Distance, TimeSpan Duration, int Runs, double Load);
