using Footfall.Data.Entities;
using Footfall.Web.Features;
using Footfall.Web.Features.Recovery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Recovery;

/// <summary>Reminders: the runner's appointments (in their time zone), a form to add one, and the calendar download.</summary>
[Authorize]
public sealed class AppointmentsModel(AppointmentList appointments, AddAppointment.Handler add, CancelAppointment.Handler cancel) : PageModel
{
    /// <summary>How far ahead an appointment may be booked; further is a typing mistake (and breaks calendar arithmetic near year 9999).</summary>
    public const int MaximumYearsAhead = 5;

    [BindProperty]
    public AppointmentInput Input { get; set; } = new();

    public IReadOnlyList<AppointmentRecord> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var outcome = await add.HandleAsync(
                Runner.Of(User), new AddAppointment.Request(Input.Date, Input.Time, Input.DurationMinutes, Input.Title, Input.Place), cancellationToken);
            if (outcome.Succeeded)
            {
                return RedirectToPage();
            }

            ModelState.AddFieldErrors(outcome);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await cancel.HandleAsync(Runner.Of(User), new CancelAppointment.Request(id), cancellationToken);
        return outcome.IsNotFound ? NotFound() : RedirectToPage();
    }

    /// <summary>The start as the runner's wall-clock time.</summary>
    public DateTime Local(AppointmentRecord a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(a.StartUtc, DateTimeKind.Utc), Runner.Of(User).Zone);
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Items = await appointments.CurrentAsync(Runner.Of(User), cancellationToken);
}
