namespace Footfall.Recovery.Calendar;

/// <summary>
/// A daily check-in as a repeating calendar event at a local time of day (a floating time in RFC 5545
/// terms: 20:00 wherever the runner is).
/// </summary>
/// <param name="Uid">Globally unique and stable across downloads, e.g. "checkin-{userId}@footfall".</param>
/// <param name="FirstDay">The first day of the schedule.</param>
/// <param name="TimeOfDay">Local time of the check-in.</param>
/// <param name="Days">How many daily occurrences (1-366).</param>
/// <param name="Summary">Event title.</param>
/// <param name="Description">Event text, may span lines.</param>
/// <param name="RemindBefore">Alarm this long before the event; zero alarms at the time; null for no alarm.</param>
public sealed record CheckInReminder(
    string Uid,
    DateOnly FirstDay,
    TimeOnly TimeOfDay,
    int Days,
    string Summary,
    string Description,
    TimeSpan? RemindBefore);
