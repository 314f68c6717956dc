using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Pages.Recovery;

/// <summary>Reminders: the runner's appointments, a form to add one, and the calendar download.</summary>
[Authorize]
public sealed class AppointmentsModel(FootfallDbContext db, TimeProvider time) : PageModel
{
    /// <summary>How far ahead an appointment may be booked; further is a typing mistake (and breaks calendar arithmetic near year 9999).</summary>
    public const int MaximumYearsAhead = 5;

    [BindProperty]
    public AppointmentInput Input { get; set; } = new();

    public IReadOnlyList<AppointmentRecord> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (Input.Date is { } date && (date < today.AddYears(-1) || date > today.AddYears(MaximumYearsAhead)))
        {
            ModelState.AddModelError("Input.Date", $"The date must be within a year back and {MaximumYearsAhead} years ahead.");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        // Times are entered as the runner's local time; the server's clock zone stands in for it.
        var local = Input.Date!.Value.ToDateTime(Input.Time!.Value, DateTimeKind.Unspecified);
        var utc = TimeZoneInfo.ConvertTimeToUtc(local, time.LocalTimeZone);
        db.Appointments.Add(new AppointmentRecord
        {
            Id = Guid.NewGuid(),
            OwnerId = User.RequireId(),
            StartUtc = utc,
            DurationMinutes = Input.DurationMinutes,
            Title = Input.Title!.Trim(),
            Location = string.IsNullOrWhiteSpace(Input.Place) ? null : Input.Place.Trim(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var item = await db.Appointments.FindOwnedAsync(id, User.RequireId(), cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        db.Appointments.Remove(item);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage();
    }

    public DateTime Local(AppointmentRecord a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(a.StartUtc, DateTimeKind.Utc), time.LocalTimeZone);
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Items = await db.Appointments.OwnedBy(User.RequireId()).OrderBy(a => a.StartUtc).Take(100).ToListAsync(cancellationToken);
}
