using System.ComponentModel.DataAnnotations;

namespace Footfall.Web.Pages.Recovery;

/// <summary>The add-an-appointment form.</summary>
public sealed class AppointmentInput
{
    [Required(ErrorMessage = "Date is required.")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Time is required.")]
    public TimeOnly? Time { get; set; }

    [Range(5, 480, ErrorMessage = "Length must be 5 to 480 minutes.")]
    public int DurationMinutes { get; set; } = 30;

    [Required(ErrorMessage = "Title is required.")]
    [StringLength(200, ErrorMessage = "Title must be at most 200 characters.")]
    public string? Title { get; set; }

    [StringLength(200, ErrorMessage = "Place must be at most 200 characters.")]
    public string? Place { get; set; }
}
