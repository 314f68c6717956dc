namespace Footfall.Care.Booking;

/// <summary>
/// An exception to the weekly hours: a holiday, training day or blocked hour, in the clinic's wall-clock
/// time. Every local date from <see cref="FirstDay"/> to <see cref="LastDay"/> (inclusive) is blocked
/// from <see cref="From"/> (or the start of the day) to <see cref="To"/> (or the end of the day).
/// </summary>
public sealed record BlockedTime(DateOnly FirstDay, DateOnly LastDay, TimeOnly? From, TimeOnly? To, string Reason)
{
    /// <summary>What is wrong with the block, or null: the dates or times the wrong way round.</summary>
    public string? FindProblem()
    {
        if (LastDay < FirstDay)
        {
            return $"The last day ({LastDay:d MMM yyyy}) is before the first ({FirstDay:d MMM yyyy}).";
        }

        if (From is { } from && To is { } to && to <= from)
        {
            return $"Blocked time from {from:HH\\:mm} to {to:HH\\:mm} ends before it starts.";
        }

        return LastDay.DayNumber - FirstDay.DayNumber > 366 ? "Block at most a year at a time." : null;
    }
}
