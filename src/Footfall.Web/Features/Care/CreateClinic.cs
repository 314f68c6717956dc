using Footfall.Care.Booking;
using Footfall.Care.Directory;
using Footfall.Data;
using Footfall.Data.Entities;

namespace Footfall.Web.Features.Care;

/// <summary>Registers a clinic; the account that creates it becomes its admin (and nothing more: not a practitioner).</summary>
public sealed class CreateClinic(FootfallDbContext db, Gazetteer gazetteer, TimeProvider clock)
{
    /// <param name="Name">The clinic's name.</param>
    /// <param name="Address">Street address.</param>
    /// <param name="Town">A town the gazetteer knows ("Huntington Beach, CA"); it gives the position unless one is given.</param>
    /// <param name="TimeZoneId">The IANA zone its hours are kept in.</param>
    /// <param name="Latitude">WGS 84 degrees, optional.</param>
    /// <param name="Longitude">WGS 84 degrees, optional.</param>
    /// <param name="MinimumNoticeHours">Online bookings need this much notice; default 2.</param>
    /// <param name="HorizonDays">Bookings open this many days ahead; default 60.</param>
    /// <param name="CancellationNoticeHours">Runners may cancel or move online until this long before; default 24.</param>
    /// <param name="SlotStepMinutes">Start times every this many minutes; default 30.</param>
    public sealed record Request(
        string? Name,
        string? Address,
        string? Town,
        string? TimeZoneId,
        double? Latitude = null,
        double? Longitude = null,
        int MinimumNoticeHours = 2,
        int HorizonDays = 60,
        int CancellationNoticeHours = 24,
        int SlotStepMinutes = 30);

    public async Task<Outcome<Clinic>> RunAsync(string adminId, Request request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > 200)
        {
            errors.Add("name", "Give the clinic a name of 1 to 200 characters.");
        }

        if (string.IsNullOrWhiteSpace(request.Address) || request.Address.Trim().Length > 300)
        {
            errors.Add("address", "Give the clinic's street address (up to 300 characters).");
        }

        if (!ClinicClock.TryForZone(request.TimeZoneId, out _))
        {
            errors.Add("timeZoneId", $"'{request.TimeZoneId}' is not a known IANA time zone; choose one such as America/Los_Angeles.");
        }

        var towns = gazetteer.Find(request.Town, 1);
        var place = towns.Count > 0 ? towns[0] : null;
        GeoPoint? point = null;
        if (request.Latitude is { } lat && request.Longitude is { } lon)
        {
            if (GeoPoint.IsValid(lat, lon))
            {
                point = new GeoPoint(lat, lon);
            }
            else
            {
                errors.Add("latitude", "Latitude is -90 to 90 and longitude -180 to 180 degrees.");
            }
        }
        else if (place is not null)
        {
            point = place.Point;
        }

        if (place is null && point is null)
        {
            errors.Add("town", $"No town called '{request.Town}' was found; try the name with its state or country, like 'Huntington Beach, CA'.");
        }

        if (request.MinimumNoticeHours is < 0 or > 24 * 14)
        {
            errors.Add("minimumNoticeHours", "Minimum notice is 0 to 336 hours.");
        }

        if (request.HorizonDays is < 1 or > 365)
        {
            errors.Add("horizonDays", "Bookings open 1 to 365 days ahead.");
        }

        if (request.CancellationNoticeHours is < 0 or > 24 * 14)
        {
            errors.Add("cancellationNoticeHours", "The cancellation window is 0 to 336 hours.");
        }

        if (request.SlotStepMinutes is < 5 or > 240)
        {
            errors.Add("slotStepMinutes", "Start times are every 5 to 240 minutes.");
        }

        if (errors.Count > 0)
        {
            return Outcome<Clinic>.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var clinic = new Clinic
        {
            Id = Guid.NewGuid(),
            Name = request.Name!.Trim(),
            Address = request.Address!.Trim(),
            Town = place?.Label ?? request.Town?.Trim() ?? string.Empty,
            Latitude = point!.Value.Latitude,
            Longitude = point.Value.Longitude,
            TimeZoneId = request.TimeZoneId!.Trim(),
            MinimumNoticeMinutes = request.MinimumNoticeHours * 60,
            HorizonDays = request.HorizonDays,
            CancellationNoticeHours = request.CancellationNoticeHours,
            SlotStepMinutes = request.SlotStepMinutes,
            CreatedAtUtc = now,
        };
        db.Clinics.Add(clinic);
        db.ClinicMembers.Add(new ClinicMember { Id = Guid.NewGuid(), ClinicId = clinic.Id, UserId = adminId, Role = ClinicRole.Admin, JoinedAtUtc = now });
        db.AppointmentTypes.Add(new AppointmentTypeEntry { Id = Guid.NewGuid(), ClinicId = clinic.Id, Name = "Initial assessment", DurationMinutes = 60, BufferMinutes = 0 });
        db.AppointmentTypes.Add(new AppointmentTypeEntry { Id = Guid.NewGuid(), ClinicId = clinic.Id, Name = "Follow-up", DurationMinutes = 30, BufferMinutes = 0 });
        await db.SaveChangesAsync(ct);
        return Outcome<Clinic>.Done(clinic);
    }
}
