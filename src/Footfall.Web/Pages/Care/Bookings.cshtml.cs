using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Features.Care;
using Footfall.Web.Features.Email;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Pages.Care;

/// <summary>The runner's appointments: upcoming and past, cancel or move within the clinic's window, and each one's calendar file.</summary>
[Authorize]
public sealed class BookingsModel(FootfallDbContext db, CancelBooking cancel, EmailOptions email, TimeProvider clock) : PageModel
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
        var booking = await db.Bookings.FindOwnedAsync(id, User.RequireId(), ct);
        var clinic = booking is null ? null : await db.Clinics.FindAsync([booking.ClinicId], ct);
        var practitioner = booking is null ? null : await db.Practitioners.FindAsync([booking.PractitionerId], ct);
        if (booking is null || clinic is null || practitioner is null)
        {
            return NotFound();
        }

        var organizer = MimeKit.MailboxAddress.TryParse(email.From, out var from) ? from.Address : "no-reply@footfall.invalid";
        var me = await db.Users.Where(u => u.Id == booking.OwnerId).Select(u => u.Email).SingleAsync(ct);
        var ics = BookingCalendar.Write(booking, clinic, practitioner.DisplayName, organizer, me ?? organizer, clock.GetUtcNow());
        return File(System.Text.Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", "appointment.ics");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var rows = await (from b in db.Bookings.OwnedBy(User.RequireId())
                          join c in db.Clinics on b.ClinicId equals c.Id
                          join p in db.Practitioners on b.PractitionerId equals p.Id
                          join t in db.AppointmentTypes on b.AppointmentTypeId equals t.Id
                          orderby b.StartUtc
                          select new { b, c, p, t.Name }).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var lines = rows.Select(r => new Line(
            r.b, r.c, r.p, r.Name,
            ClinicPolicy.ClockOf(r.c).ToLocal(CareAccess.Utc(r.b.StartUtc)),
            r.b.Status == BookingStatus.Booked && ClinicPolicy.PolicyOf(r.c).AllowsChange(CareAccess.Utc(r.b.StartUtc), now))).ToList();
        Upcoming = lines.Where(l => l.Booking.Status == BookingStatus.Booked && CareAccess.Utc(l.Booking.EndUtc) > now).ToList();
        Past = lines.Except(Upcoming).OrderByDescending(l => l.Booking.StartUtc).ToList();
    }
}
