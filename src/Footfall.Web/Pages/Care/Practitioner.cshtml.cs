using System.Globalization;
using Footfall.Care.Booking;
using Footfall.Data.Entities;
using Footfall.Web.Features.Care;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.Care;

/// <summary>A practitioner's profile with their free times at a clinic: book one, move a booking to one, or join the waiting list.</summary>
[AllowAnonymous]
public sealed class PractitionerModel(
    ClinicCatalog catalog,
    RunnerBookings bookings,
    CareAccess access,
    PractitionerSchedule schedule,
    BookAppointment book,
    JoinWaitlist waitlist,
    Footfall.Assessment.Knowledge.KnowledgeBase knowledge) : PageModel
{
    /// <summary>Days of free times shown at once.</summary>
    public const int DaysShown = 7;

    public PractitionerProfile Profile { get; private set; } = null!;

    public IReadOnlyList<Clinic> Clinics { get; private set; } = [];

    public Clinic? Clinic { get; private set; }

    public IReadOnlyList<AppointmentTypeEntry> Types { get; private set; } = [];

    public AppointmentTypeEntry? Type { get; private set; }

    public IReadOnlyList<Slot> Slots { get; private set; } = [];

    public DateOnly From { get; private set; }

    /// <summary>Set when the runner lost the race for a time: the next free ones.</summary>
    public IReadOnlyList<Slot>? Alternatives { get; private set; }

    public string? TakenMessage { get; private set; }

    public Guid? MovingBooking { get; private set; }

    public string ConditionName(string id) => knowledge.FindCondition(id)?.Name ?? id;

    public static string Iso(DateTimeOffset instant) => instant.ToString("o", CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? clinic, Guid? type, Guid? move, DateOnly? from, CancellationToken ct) =>
        await LoadAsync(id, clinic, type, move, from, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostBookAsync(Guid id, Guid clinic, Guid type, string? start, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        var me = User.RequireId();
        var outcome = await book.BookAsync(me, me, new BookAppointment.Request(clinic, id, type, ParseStart(start)), ct);
        return await AfterPlacingAsync(outcome, id, clinic, type, null, ct);
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid id, Guid clinic, Guid type, Guid move, string? start, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        var outcome = await book.MoveAsync(User.RequireId(), move, ParseStart(start), null, ct);
        return await AfterPlacingAsync(outcome, id, clinic, type, move, ct);
    }

    public async Task<IActionResult> OnPostWaitlistAsync(Guid id, Guid clinic, Guid type, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        var outcome = await waitlist.RunAsync(User.RequireId(), new JoinWaitlist.Request(clinic, id, type), ct);
        if (outcome.Missing)
        {
            return NotFound();
        }

        TempData["CareMessage"] = "You are on the waiting list: if a time frees up you will hear by email, in the order you joined.";
        return RedirectToPage(new { id, clinic, type });
    }

    private async Task<IActionResult> AfterPlacingAsync(Outcome<BookingResult> outcome, Guid id, Guid clinic, Guid type, Guid? move, CancellationToken ct)
    {
        if (outcome.Missing)
        {
            return NotFound();
        }

        if (outcome.Succeeded && outcome.Value!.Booking is { } booking)
        {
            TempData["CareMessage"] = move is null
                ? "Booked. A confirmation email with a calendar file is on its way."
                : "Moved. An updated calendar file is on its way by email.";
            return RedirectToPage("/Care/Bookings", new { booked = booking.Id });
        }

        if (!await LoadAsync(id, clinic, type, move, null, ct))
        {
            return NotFound();
        }

        if (outcome.Succeeded)
        {
            Alternatives = outcome.Value!.NextFree;
            TakenMessage = outcome.Value.Refusal?.Message;
        }
        else
        {
            outcome.AddTo(ModelState);
        }

        Response.StatusCode = outcome.Succeeded ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, Guid? clinicId, Guid? typeId, Guid? move, DateOnly? from, CancellationToken ct)
    {
        var profile = await catalog.PractitionerAsync(id, ct);
        if (profile is null)
        {
            return false;
        }

        Profile = profile;
        Clinics = await access.ClinicsOfAsync(id, ct);
        if (Clinics.Count == 0 || (clinicId is { } c && Clinics.All(x => x.Id != c)))
        {
            return false;
        }

        Clinic = Clinics.FirstOrDefault(x => x.Id == clinicId) ?? Clinics[0];
        Types = await catalog.ActiveTypesAsync(Clinic.Id, ct);
        Type = Types.FirstOrDefault(t => t.Id == typeId) ?? (Types.Count > 0 ? Types[0] : null);
        if (move is { } bookingId && User.Identity?.IsAuthenticated == true)
        {
            var booking = await bookings.FindAsync(User.RequireId(), bookingId, ct);
            if (booking is null || booking.PractitionerId != id || booking.Status != BookingStatus.Booked)
            {
                return false;
            }

            MovingBooking = booking.Id;
            Type = Types.FirstOrDefault(t => t.Id == booking.AppointmentTypeId) ?? Type;
        }

        var today = schedule.TodayAt(Clinic);
        From = from is { } f && f >= today ? f : today;
        Slots = Type is null ? [] : await schedule.FreeSlotsAsync(Clinic, id, Type, From, DaysShown, ct);
        return true;
    }

    private static DateTimeOffset? ParseStart(string? start) =>
        DateTimeOffset.TryParse(start, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed) ? parsed : null;
}
