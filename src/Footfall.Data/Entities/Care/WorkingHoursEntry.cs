namespace Footfall.Data.Entities;

/// <summary>One weekly block of a practitioner's hours at a clinic, in the clinic's wall-clock time.</summary>
public class WorkingHoursEntry
{
    public Guid Id { get; set; }

    public Guid ClinicId { get; set; }

    public Guid PractitionerId { get; set; }

    public DayOfWeek Day { get; set; }

    public TimeOnly Start { get; set; }

    public TimeOnly End { get; set; }
}
