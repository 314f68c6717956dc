namespace Footfall.Care.Booking;

/// <summary>
/// A kind of appointment a clinic offers: how long it lasts, and the buffer after it (notes, cleaning)
/// during which the practitioner cannot start another.
/// </summary>
public sealed record AppointmentType(string Name, TimeSpan Duration, TimeSpan Buffer)
{
    /// <summary>The shortest appointment: 5 minutes.</summary>
    public static readonly TimeSpan MinimumDuration = TimeSpan.FromMinutes(5);

    /// <summary>The longest appointment: 8 hours.</summary>
    public static readonly TimeSpan MaximumDuration = TimeSpan.FromHours(8);

    /// <summary>The longest buffer: 2 hours.</summary>
    public static readonly TimeSpan MaximumBuffer = TimeSpan.FromHours(2);

    /// <summary>How long the practitioner is busy from the start: duration plus buffer.</summary>
    public TimeSpan Busy => Duration + Buffer;

    /// <summary>What is wrong with the type, one sentence per problem.</summary>
    public IReadOnlyList<string> FindProblems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > 100)
        {
            problems.Add("Give the appointment type a name of 1 to 100 characters.");
        }

        if (Duration < MinimumDuration || Duration > MaximumDuration)
        {
            problems.Add("An appointment lasts from 5 minutes to 8 hours.");
        }

        if (Buffer < TimeSpan.Zero || Buffer > MaximumBuffer)
        {
            problems.Add("The buffer after an appointment is from 0 to 120 minutes.");
        }

        return problems;
    }
}
