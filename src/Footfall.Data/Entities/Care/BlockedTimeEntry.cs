namespace Footfall.Data.Entities;

/// <summary>An exception to the weekly hours (holiday, blocked hour) at a clinic, for one practitioner or, with no practitioner, for everyone there.</summary>
public class BlockedTimeEntry
{
    public Guid Id { get; set; }

    public Guid ClinicId { get; set; }

    public Guid? PractitionerId { get; set; }

    public DateOnly FirstDay { get; set; }

    public DateOnly LastDay { get; set; }

    public TimeOnly? From { get; set; }

    public TimeOnly? To { get; set; }

    public required string Reason { get; set; }
}
