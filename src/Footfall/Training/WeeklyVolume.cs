namespace Footfall.Training;

/// <summary>Running done in one ISO 8601 week (Monday to Sunday, local dates); a week without runs has zeros.</summary>
/// <param name="WeekStart">The Monday the week starts on.</param>
/// <param name="IsoYear">The ISO week-numbering year (can differ from the calendar year around 1 January).</param>
/// <param name="IsoWeek">The ISO week number, 1 to 53.</param>
/// <param name="Distance">Total distance in the week.</param>
/// <param name="Duration">Total duration in the week.</param>
/// <param name="Runs">Number of runs in the week.</param>
/// <param name="Load">The week's load in the history's <see cref="LoadBasis"/>.</param>
public readonly record struct WeeklyVolume(
    DateOnly WeekStart, int IsoYear, int IsoWeek, Distance Distance, TimeSpan Duration, int Runs, double Load);
