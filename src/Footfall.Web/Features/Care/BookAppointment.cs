using Footfall.Care.Booking;
using Footfall.Care.Consent;
using Footfall.Data;
using Footfall.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Footfall.Web.Features.Care;

/// <summary>
/// Books a slot, or moves a booking to another, for the booking page, the API and the clinician's
/// follow-up form alike. The slot is checked against the rules (<see cref="SlotFinder.Check"/>), then
/// written so that two runners can never both hold overlapping time: PostgreSQL's exclusion constraint
/// refuses the second row; on SQLite the check for an overlap and the insert run in one immediate
/// transaction, which takes the database's write lock before it reads.
/// </summary>
public sealed class BookAppointment(
    FootfallDbContext db,
    DatabaseOptions options,
    PractitionerSchedule schedule,
    CareAccess access,
    CareMail mail,
    TimeProvider clock)
{
    /// <summary>How many other free times a runner who lost a race is shown.</summary>
    public const int AlternativesShown = 5;

    /// <param name="ClinicId">Where.</param>
    /// <param name="PractitionerId">With whom.</param>
    /// <param name="AppointmentTypeId">What kind of appointment.</param>
    /// <param name="Start">The slot's start as an instant (with its offset), as the slot list gives it.</param>
    /// <param name="LocalStart">Or the start as the clinic's wall-clock time, without an offset.</param>
    public sealed record Request(Guid ClinicId, Guid PractitionerId, Guid AppointmentTypeId, DateTimeOffset? Start = null, DateTime? LocalStart = null);

    /// <summary>
    /// Books for <paramref name="runnerId"/>. The actor is the runner, or the practitioner booking a
    /// follow-up for a runner whose consent is in force.
    /// </summary>
    public async Task<Outcome<BookingResult>> BookAsync(string actorId, string runnerId, Request request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = await LoadAsync(request, ct);
        if (context is null || !await MayBookForAsync(actorId, runnerId, request.PractitionerId, ct))
        {
            return Outcome<BookingResult>.NotFound();
        }

        var (clinic, type) = context.Value;
        var start = ResolveStart(clinic, request, out var problem);
        if (start is null)
        {
            return Outcome<BookingResult>.Invalid("start", problem!);
        }

        var booking = new Booking
        {
            Id = Guid.NewGuid(),
            OwnerId = runnerId,
            ClinicId = clinic.Id,
            PractitionerId = request.PractitionerId,
            AppointmentTypeId = type.Id,
            BookedById = actorId,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            Status = BookingStatus.Booked,
        };
        return await PlaceAsync(booking, clinic, type, start.Value, isNew: true, ct);
    }

    /// <summary>Moves the runner's own booking to another start, within the clinic's change window.</summary>
    public async Task<Outcome<BookingResult>> MoveAsync(string runnerId, Guid bookingId, DateTimeOffset? start, DateTime? localStart, CancellationToken ct)
    {
        var booking = await db.Bookings.FindOwnedAsync(bookingId, runnerId, ct);
        if (booking is null || booking.Status != BookingStatus.Booked)
        {
            return Outcome<BookingResult>.NotFound();
        }

        var context = await LoadAsync(new Request(booking.ClinicId, booking.PractitionerId, booking.AppointmentTypeId, start, localStart), ct);
        if (context is null)
        {
            return Outcome<BookingResult>.NotFound();
        }

        var (clinic, type) = context.Value;
        var policy = ClinicPolicy.PolicyOf(clinic);
        if (!policy.AllowsChange(CareAccess.Utc(booking.StartUtc), clock.GetUtcNow()))
        {
            return Outcome<BookingResult>.Invalid("start", $"This appointment starts within {policy.CancellationNotice.TotalHours:0} hours, inside {clinic.Name}'s change window: call the clinic to move it.");
        }

        var newStart = ResolveStart(clinic, new Request(clinic.Id, booking.PractitionerId, type.Id, start, localStart), out var problem);
        if (newStart is null)
        {
            return Outcome<BookingResult>.Invalid("start", problem!);
        }

        return await PlaceAsync(booking, clinic, type, newStart.Value, isNew: false, ct);
    }

    private async Task<Outcome<BookingResult>> PlaceAsync(Booking booking, Clinic clinic, AppointmentTypeEntry type, DateTimeOffset start, bool isNew, CancellationToken ct)
    {
        var date = ClinicPolicy.ClockOf(clinic).LocalDate(start);
        var query = await schedule.QueryAsync(clinic, booking.PractitionerId, type, date, date, isNew ? null : booking.Id, ct);
        var refusal = SlotFinder.Check(query, start);
        if (refusal is { Reason: not BookingRefusalReason.Taken })
        {
            return Outcome<BookingResult>.Invalid("start", refusal.Message);
        }

        var previous = (booking.StartUtc, booking.EndUtc, booking.BusyUntilUtc, booking.Sequence);
        booking.StartUtc = start.UtcDateTime;
        booking.EndUtc = (start + query.Type.Duration).UtcDateTime;
        booking.BusyUntilUtc = (start + query.Type.Busy).UtcDateTime;
        if (!isNew)
        {
            booking.Sequence++;
        }

        if (refusal is null && await WriteAsync(booking, isNew, ct))
        {
            if (isNew)
            {
                await CloseWaitlistAsync(booking, ct);
                await mail.BookedAsync(booking, ct);
            }
            else
            {
                await mail.MovedAsync(booking, ct);
            }

            return Outcome<BookingResult>.Done(new BookingResult(booking, null, []));
        }

        if (!isNew)
        {
            (booking.StartUtc, booking.EndUtc, booking.BusyUntilUtc, booking.Sequence) = previous;
        }

        var next = await schedule.NextFreeAsync(clinic, booking.PractitionerId, type, clock.GetUtcNow(), AlternativesShown, ct);
        var taken = new BookingRefusal(BookingRefusalReason.Taken, "Sorry, that time was just taken by someone else. Here are the next free times.");
        return Outcome<BookingResult>.Done(new BookingResult(null, taken, next));
    }

    /// <summary>Writes the booking unless an overlapping booked one exists; false when it lost the race.</summary>
    private async Task<bool> WriteAsync(Booking booking, bool isNew, CancellationToken ct)
    {
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                // BEGIN IMMEDIATE: the write lock is taken before the overlap check reads, so no other
                // writer can slip a booking in between the check and the insert.
                var connection = (SqliteConnection)db.Database.GetDbConnection();
                await using var transaction = connection.BeginTransaction(deferred: false);
                await db.Database.UseTransactionAsync(transaction, ct);
                if (await OverlapsAsync(booking, ct))
                {
                    await transaction.RollbackAsync(ct);
                    Forget(booking, isNew);
                    return false;
                }

                Track(booking, isNew);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return true;
            }
            finally
            {
                await db.Database.UseTransactionAsync(null, ct);
                await db.Database.CloseConnectionAsync();
            }
        }

        try
        {
            if (await OverlapsAsync(booking, ct))
            {
                Forget(booking, isNew);
                return false;
            }

            Track(booking, isNew);
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: BookingOverlap.PostgresViolationState })
        {
            // Another request's booking committed between our check and our insert: the constraint refused ours.
            Forget(booking, isNew);
            return false;
        }
    }

    private Task<bool> OverlapsAsync(Booking booking, CancellationToken ct) =>
        db.Bookings.AsNoTracking().AnyAsync(
            b => b.PractitionerId == booking.PractitionerId && b.Status == BookingStatus.Booked && b.Id != booking.Id
                && b.StartUtc < booking.BusyUntilUtc && b.BusyUntilUtc > booking.StartUtc,
            ct);

    private void Track(Booking booking, bool isNew)
    {
        if (isNew && db.Entry(booking).State == EntityState.Detached)
        {
            db.Bookings.Add(booking);
        }
    }

    private void Forget(Booking booking, bool isNew)
    {
        var entry = db.Entry(booking);
        if (isNew)
        {
            entry.State = EntityState.Detached;
        }
        else
        {
            entry.State = EntityState.Unchanged;
        }
    }

    private async Task<(Clinic Clinic, AppointmentTypeEntry Type)?> LoadAsync(Request request, CancellationToken ct)
    {
        var clinic = await db.Clinics.FindAsync([request.ClinicId], ct);
        var type = await db.AppointmentTypes.FindAsync([request.AppointmentTypeId], ct);
        if (clinic is null || type is null || type.ClinicId != clinic.Id || !type.Active || !await access.WorksAtAsync(request.PractitionerId, clinic.Id, ct))
        {
            return null;
        }

        return (clinic, type);
    }

    private async Task<bool> MayBookForAsync(string actorId, string runnerId, Guid practitionerId, CancellationToken ct)
    {
        if (actorId == runnerId)
        {
            return true;
        }

        var practitioner = await access.PractitionerAsync(actorId, ct);
        return practitioner is not null && practitioner.Id == practitionerId
            && await access.GrantedScopesAsync(practitioner, runnerId, ct) != ConsentScope.None;
    }

    private static DateTimeOffset? ResolveStart(Clinic clinic, Request request, out string? problem)
    {
        problem = null;
        if (request.Start is { } start)
        {
            return start;
        }

        if (request.LocalStart is not { } local)
        {
            problem = "Choose a start time.";
            return null;
        }

        var clinicClock = ClinicPolicy.ClockOf(clinic);
        var date = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        var instants = clinicClock.Resolve(date, time);
        if (instants.Count == 0)
        {
            problem = clinicClock.DescribeGap(date, time);
            return null;
        }

        // In the repeated hour of a fall-back night the earlier instant is meant unless an offset is given.
        return instants[0];
    }

    private async Task CloseWaitlistAsync(Booking booking, CancellationToken ct)
    {
        var waiting = await db.Waitlist.OwnedBy(booking.OwnerId).Where(w => w.PractitionerId == booking.PractitionerId && w.Active).ToListAsync(ct);
        foreach (var entry in waiting)
        {
            entry.Active = false;
        }

        await db.SaveChangesAsync(ct);
    }
}
