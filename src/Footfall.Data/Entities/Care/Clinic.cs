namespace Footfall.Data.Entities;

/// <summary>A clinic: one place with an address, a position for the directory, its IANA time zone and its online-booking rules.</summary>
public class Clinic
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public required string Address { get; set; }

    /// <summary>The town as the gazetteer labels it, e.g. "Huntington Beach, CA, US".</summary>
    public required string Town { get; set; }

    /// <summary>WGS 84 degrees.</summary>
    public double Latitude { get; set; }

    /// <summary>WGS 84 degrees.</summary>
    public double Longitude { get; set; }

    /// <summary>The IANA zone its hours are kept in, e.g. <c>America/Los_Angeles</c>.</summary>
    public required string TimeZoneId { get; set; }

    public int MinimumNoticeMinutes { get; set; }

    public int HorizonDays { get; set; }

    public int CancellationNoticeHours { get; set; }

    public int SlotStepMinutes { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
