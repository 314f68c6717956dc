namespace Footfall.Care.Booking;

/// <summary>
/// A clinic's online-booking rules (the settings Jane and ClinicSense expose: minimum notice, booking
/// horizon, cancellation window) and the grid start times are offered on.
/// </summary>
public sealed record BookingPolicy
{
    /// <summary>No booking starts sooner than this after now. Default 2 hours.</summary>
    public TimeSpan MinimumNotice { get; init; } = TimeSpan.FromHours(2);

    /// <summary>No booking starts later than this after now. Default 60 days.</summary>
    public TimeSpan Horizon { get; init; } = TimeSpan.FromDays(60);

    /// <summary>A runner can cancel or move a booking online until this long before it starts. Default 24 hours.</summary>
    public TimeSpan CancellationNotice { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Start times are offered every this long from the start of each block of hours. Default 30 minutes.</summary>
    public TimeSpan SlotStep { get; init; } = TimeSpan.FromMinutes(30);

    public static BookingPolicy Default { get; } = new();

    /// <summary>True while the runner may still cancel or move a booking that starts at <paramref name="start"/>.</summary>
    public bool AllowsChange(DateTimeOffset start, DateTimeOffset now) => now <= start - CancellationNotice;
}
