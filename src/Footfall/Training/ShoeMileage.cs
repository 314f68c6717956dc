namespace Footfall.Training;

/// <summary>
/// Distance on one pair of shoes as of a date: <c>total = initial distance + distance of the runs assigned to it
/// up to that date</c> (the Runalyze equipment model: <c>additional_km</c> plus activities). Worn when the total
/// reaches <see cref="TrainingThresholds.WornShoeKilometers"/>; new while first worn within
/// <see cref="TrainingThresholds.NewShoeDays"/> days.
/// </summary>
/// <param name="Shoe">The shoe.</param>
/// <param name="Total">Initial distance plus tracked runs.</param>
/// <param name="Tracked">Distance of the runs assigned to the shoe in Footfall.</param>
/// <param name="Runs">Number of runs assigned to the shoe.</param>
/// <param name="FirstWorn">The shoe's start date, else the date of its first assigned run; null if neither is known.</param>
/// <param name="LastRun">Local date of the last assigned run.</param>
/// <param name="IsRetired">Retired on or before the date.</param>
/// <param name="IsWorn">Total at or beyond the worn threshold.</param>
/// <param name="IsNew">In use and first worn within the new-shoe window (a change of shoes is a common contributor).</param>
public sealed record ShoeMileage(
    TrackedShoe Shoe,
    Distance Total,
    Distance Tracked,
    int Runs,
    DateOnly? FirstWorn,
    DateOnly? LastRun,
    bool IsRetired,
    bool IsWorn,
    bool IsNew)
{
    /// <summary>Mileage of every shoe as of <paramref name="today"/>; runs after it are not counted.</summary>
    public static IReadOnlyList<ShoeMileage> Compute(
        IReadOnlyList<TrackedShoe> shoes, TrainingHistory history, DateOnly today, TrainingThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(shoes);
        ArgumentNullException.ThrowIfNull(history);
        thresholds ??= TrainingThresholds.Default;

        var index = new Dictionary<Guid, int>(shoes.Count);
        for (var i = 0; i < shoes.Count; i++)
            index.TryAdd(shoes[i].Id, i);

        var meters = new double[shoes.Count];
        var runs = new int[shoes.Count];
        var firstRun = new DateOnly?[shoes.Count];
        var lastRun = new DateOnly?[shoes.Count];
        for (var r = 0; r < history.Runs.Count; r++)
        {
            var date = history.RunDates[r];
            if (date > today || history.Runs[r].ShoeId is not { } shoeId || !index.TryGetValue(shoeId, out var s))
                continue;
            meters[s] += history.Runs[r].DistanceMeters;
            runs[s]++;
            firstRun[s] ??= date;
            lastRun[s] = date;
        }

        var result = new ShoeMileage[shoes.Count];
        for (var i = 0; i < shoes.Count; i++)
        {
            var shoe = shoes[i];
            var total = new Distance(Math.Max(0, shoe.InitialDistanceMeters) + meters[i]);
            var retired = shoe.RetiredOn is { } retiredOn && retiredOn <= today;
            var firstWorn = shoe.StartedOn ?? firstRun[i];
            var isNew = !retired && firstWorn is { } f && f <= today && today.DayNumber - f.DayNumber < thresholds.NewShoeDays;
            result[i] = new ShoeMileage(
                shoe, total, new Distance(meters[i]), runs[i], firstWorn, lastRun[i], retired,
                total.Kilometers >= thresholds.WornShoeKilometers, isNew);
        }

        return result;
    }
}
