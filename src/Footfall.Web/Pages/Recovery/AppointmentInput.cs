namespace Footfall.Web.Pages.Recovery;

/// <summary>The add-an-appointment form; <see cref="Features.Recovery.AddAppointment"/> checks it.</summary>
public sealed class AppointmentInput
{
    public DateOnly? Date { get; set; }

    public TimeOnly? Time { get; set; }

    public int DurationMinutes { get; set; } = 30;

    public string? Title { get; set; }

    public string? Place { get; set; }
}
