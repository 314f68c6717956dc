using Footfall.Data.Entities;
using Footfall.Web.Features.Care;
using Footfall.Web.Features.Email;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Care;

/// <summary>The runner's appointments: upcoming and past, cancel or move within the clinic's window, and each one's calendar file.</summary>
[Authorize]
public sealed class BookingsModel(RunnerBookings bookings, CancelBooking cancel, EmailOptions email, TimeProvider clock) : PageModel
{
    public sealed record Line(Booking Booking, Clinic Clinic, PractitionerProfile Practitioner, string TypeName, DateTimeOffset LocalStart, bool CanChange);

    public IReadOnlyList<Line> Upcoming { get; private set; } = [];

    public IReadOnlyList<Line> Past { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken ct)
    {
        var outcome = await cancel.RunAsync(User.RequireId(), id, ct);
        if (outcome.Missing)
        {
            return NotFound();
        }

        if (!outcome.Succeeded)
        {
            outcome.AddTo(ModelState);
            await LoadAsync(ct);
            return Page();
        }

        TempData["CareMessage"] = "Cancelled. A cancellation email with a calendar file that removes the appointment is on its way.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnGetCalendarAsync(Guid id, CancellationToken ct)
    {
        if (await bookings.CalendarAsync(User.RequireId(), id, ct) is not { } entry)
        {
            return NotFound();
        }

        var organizer = MimeKit.MailboxAddress.TryParse(email.From, out var from) ? from.Address : "no-reply@footfall.invalid";
        var ics = BookingCalendar.Write(entry.Booking, entry.Clinic, entry.Practitioner.DisplayName, organizer, entry.RunnerEmail ?? organizer, clock.GetUtcNow());
        return File(System.Text.Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", "appointment.ics");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var rows = await bookings.LinesAsync(User.RequireId(), ct);
        var now = clock.GetUtcNow();
        var lines = rows.Select(r => new Line(
            r.Booking, r.Clinic, r.Practitioner, r.TypeName,
            ClinicPolicy.ClockOf(r.Clinic).ToLocal(CareAccess.Utc(r.Booking.StartUtc)),
            r.Booking.Status == BookingStatus.Booked && ClinicPolicy.PolicyOf(r.Clinic).AllowsChange(CareAccess.Utc(r.Booking.StartUtc), now))).ToList();
        Upcoming = lines.Where(l => l.Booking.Status == BookingStatus.Booked && CareAccess.Utc(l.Booking.EndUtc) > now).ToList();
        Past = lines.Except(Upcoming).OrderByDescending(l => l.Booking.StartUtc).ToList();
    }
}
