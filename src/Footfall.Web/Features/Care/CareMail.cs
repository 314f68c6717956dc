using System.Globalization;
using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Features.Email;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Footfall.Web.Features.Care;

/// <summary>
/// The Care emails: an invitation to join a clinic, and booking confirmation, change and cancellation
/// (each with its .ics), and a waitlist offer. Sent through <see cref="IEmailSender"/> (SMTP, or the
/// outbox folder). A mail that cannot go out is logged and does not undo the booking. Subjects and
/// bodies carry no health details, only who, where and when.
/// </summary>
public sealed class CareMail(FootfallDbContext db, IEmailSender sender, EmailOptions options, TimeProvider clock, IHttpContextAccessor http, ILogger<CareMail> log)
{
    public Task BookedAsync(Booking booking, CancellationToken ct) => SendBookingAsync(booking, "confirmed", ct);

    public Task MovedAsync(Booking booking, CancellationToken ct) => SendBookingAsync(booking, "moved", ct);

    public Task CancelledAsync(Booking booking, CancellationToken ct) => SendBookingAsync(booking, "cancelled", ct);

    public async Task InvitationAsync(ClinicInvitation invitation, Clinic clinic, string token, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentNullException.ThrowIfNull(clinic);
        var link = $"{BaseUrl()}/Clinics/Join?token={Uri.EscapeDataString(token)}";
        var text = $"""
            You are invited to join {clinic.Name} ({clinic.Town}) on Footfall as a practitioner.

            Accept the invitation here (sign in or create an account with this email address first):
            {link}

            The invitation is valid until {invitation.ExpiresAtUtc:d MMMM yyyy} (UTC). If you did not expect it, ignore this email.
            """;
        await SendAsync(new EmailMessage(invitation.Email, $"Join {clinic.Name} on Footfall", text), ct);
    }

    public async Task WaitlistOfferAsync(WaitlistEntry entry, Clinic clinic, string practitionerName, DateTimeOffset start, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(clinic);
        var email = await EmailOfAsync(entry.OwnerId, ct);
        if (email is null)
        {
            return;
        }

        var local = ClinicPolicy.ClockOf(clinic).ToLocal(start);
        var text = $"""
            A time has come free with {practitionerName} at {clinic.Name}: {When(local, clinic)}.

            You were first on the waiting list, so you hear first. Book it here before someone else does:
            {BaseUrl()}/Care/Practitioner/{entry.PractitionerId}?clinic={clinic.Id}
            """;
        await SendAsync(new EmailMessage(email, $"A time is free at {clinic.Name}", text), ct);
    }

    private async Task SendBookingAsync(Booking booking, string what, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(booking);
        var clinic = await db.Clinics.FindAsync([booking.ClinicId], ct);
        var practitioner = await db.Practitioners.FindAsync([booking.PractitionerId], ct);
        var email = await EmailOfAsync(booking.OwnerId, ct);
        if (clinic is null || practitioner is null || email is null)
        {
            return;
        }

        var local = ClinicPolicy.ClockOf(clinic).ToLocal(CareAccess.Utc(booking.StartUtc));
        var organizer = MailboxAddress.TryParse(options.From, out var from) ? from.Address : "no-reply@footfall.invalid";
        var ics = BookingCalendar.Write(booking, clinic, practitioner.DisplayName, organizer, email, clock.GetUtcNow());
        var method = booking.Status == BookingStatus.Cancelled ? "CANCEL" : "REQUEST";
        var text = what switch
        {
            "cancelled" => $"Your appointment with {practitioner.DisplayName} at {clinic.Name} on {When(local, clinic)} is cancelled. The attached calendar file removes it from your calendar.",
            "moved" => $"Your appointment with {practitioner.DisplayName} at {clinic.Name} has moved to {When(local, clinic)}. The attached calendar file updates your calendar.",
            _ => $"Your appointment with {practitioner.DisplayName} at {clinic.Name} is booked for {When(local, clinic)}.\n\nAddress: {clinic.Address}\n\nTo cancel or move it, open Footfall and go to Care, Your appointments.",
        };
        var message = new EmailMessage(email, $"Appointment {what}: {local.ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture)} at {clinic.Name}", text)
        {
            Attachments = [EmailAttachment.Calendar(what == "cancelled" ? "cancellation.ics" : "appointment.ics", ics, method)],
        };
        await SendAsync(message, ct);
    }

    private async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        try
        {
            await sender.SendAsync(message, ct);
        }
        catch (EmailDeliveryException ex)
        {
            log.LogWarning(ex, "A Care email could not be sent: {Reason}", ex.Message);
        }
    }

    private Task<string?> EmailOfAsync(string userId, CancellationToken ct) =>
        db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleOrDefaultAsync(ct);

    private static string When(DateTimeOffset local, Clinic clinic) =>
        $"{local.ToString("dddd d MMMM yyyy 'at' HH:mm", CultureInfo.InvariantCulture)} ({clinic.TimeZoneId} time)";

    private string BaseUrl() =>
        http.HttpContext?.Request is { } request ? $"{request.Scheme}://{request.Host}" : "http://localhost:5180";
}
