using Footfall.Care.Booking;
using Footfall.Data;
using Footfall.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Care;

/// <summary>
/// A clinic's running: a practitioner's weekly hours there, blocked time, appointment types, and
/// removing a practitioner. Hours may be set by an admin or by the practitioner themself; the rest by an admin.
/// </summary>
public sealed class ManageClinic(FootfallDbContext db, CareAccess access, TimeProvider clock)
{
    /// <param name="Day">Day of the week.</param>
    /// <param name="Start">Local start, "09:00".</param>
    /// <param name="End">Local end, "17:00".</param>
    public sealed record HoursBlock(DayOfWeek Day, TimeOnly Start, TimeOnly End);

    public sealed record BlockRequest(Guid? PractitionerId, DateOnly? FirstDay, DateOnly? LastDay, TimeOnly? From, TimeOnly? To, string? Reason);

    public sealed record TypeRequest(string? Name, int DurationMinutes, int BufferMinutes);

    /// <summary>Replaces the practitioner's week at the clinic with <paramref name="week"/>, or changes nothing when it has a problem.</summary>
    public async Task<Outcome<int>> SetHoursAsync(string actorId, Guid clinicId, Guid practitionerId, IReadOnlyList<HoursBlock> week, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(week);
        if (!await access.WorksAtAsync(practitionerId, clinicId, ct) || !await MayManageHoursAsync(actorId, clinicId, practitionerId, ct))
        {
            return Outcome<int>.NotFound();
        }

        var problems = WorkingHours.FindProblems(week.Select(b => new WorkingHours(b.Day, b.Start, b.End)));
        if (problems.Count > 0)
        {
            return Outcome<int>.Invalid(new Dictionary<string, string[]> { ["hours"] = [.. problems] });
        }

        db.WorkingHours.RemoveRange(await db.WorkingHours.Where(h => h.ClinicId == clinicId && h.PractitionerId == practitionerId).ToListAsync(ct));
        db.WorkingHours.AddRange(week.Select(b => new WorkingHoursEntry { Id = Guid.NewGuid(), ClinicId = clinicId, PractitionerId = practitionerId, Day = b.Day, Start = b.Start, End = b.End }));
        await db.SaveChangesAsync(ct);
        return Outcome<int>.Done(week.Count);
    }

    public async Task<Outcome<BlockedTimeEntry>> BlockAsync(string adminId, Guid clinicId, BlockRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!await access.IsAdminAsync(adminId, clinicId, ct) || (request.PractitionerId is { } p && !await access.WorksAtAsync(p, clinicId, ct)))
        {
            return Outcome<BlockedTimeEntry>.NotFound();
        }

        if (request.FirstDay is not { } first)
        {
            return Outcome<BlockedTimeEntry>.Invalid("firstDay", "Give the first day to block.");
        }

        var block = new BlockedTime(first, request.LastDay ?? first, request.From, request.To, request.Reason?.Trim() ?? string.Empty);
        var problem = block.FindProblem() ?? (string.IsNullOrWhiteSpace(block.Reason) || block.Reason.Length > 200 ? "Say why the time is blocked (up to 200 characters), e.g. 'Holiday'." : null);
        if (problem is not null)
        {
            return Outcome<BlockedTimeEntry>.Invalid("block", problem);
        }

        var entry = new BlockedTimeEntry
        {
            Id = Guid.NewGuid(),
            ClinicId = clinicId,
            PractitionerId = request.PractitionerId,
            FirstDay = block.FirstDay,
            LastDay = block.LastDay,
            From = block.From,
            To = block.To,
            Reason = block.Reason,
        };
        db.BlockedTimes.Add(entry);
        await db.SaveChangesAsync(ct);
        return Outcome<BlockedTimeEntry>.Done(entry);
    }

    public async Task<Outcome<AppointmentTypeEntry>> AddTypeAsync(string adminId, Guid clinicId, TypeRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!await access.IsAdminAsync(adminId, clinicId, ct))
        {
            return Outcome<AppointmentTypeEntry>.NotFound();
        }

        var type = new AppointmentType(request.Name?.Trim() ?? string.Empty, TimeSpan.FromMinutes(request.DurationMinutes), TimeSpan.FromMinutes(request.BufferMinutes));
        var problems = type.FindProblems();
        if (problems.Count > 0)
        {
            return Outcome<AppointmentTypeEntry>.Invalid(new Dictionary<string, string[]> { ["type"] = [.. problems] });
        }

        var entry = new AppointmentTypeEntry { Id = Guid.NewGuid(), ClinicId = clinicId, Name = type.Name, DurationMinutes = request.DurationMinutes, BufferMinutes = request.BufferMinutes };
        db.AppointmentTypes.Add(entry);
        await db.SaveChangesAsync(ct);
        return Outcome<AppointmentTypeEntry>.Done(entry);
    }

    /// <summary>
    /// Removes a practitioner from the clinic: from the next request on they are not bookable there, do
    /// not see its schedule, and read nothing shared with the clinic. Their hours there are deleted.
    /// </summary>
    public async Task<Outcome<bool>> RemovePractitionerAsync(string adminId, Guid clinicId, Guid practitionerId, CancellationToken ct)
    {
        var profile = await db.Practitioners.FindAsync([practitionerId], ct);
        if (profile is null || !await access.IsAdminAsync(adminId, clinicId, ct))
        {
            return Outcome<bool>.NotFound();
        }

        var member = await db.ClinicMembers.SingleOrDefaultAsync(m => m.ClinicId == clinicId && m.UserId == profile.UserId && m.Role == ClinicRole.Practitioner && m.RemovedAtUtc == null, ct);
        if (member is null)
        {
            return Outcome<bool>.NotFound();
        }

        member.RemovedAtUtc = clock.GetUtcNow().UtcDateTime;
        db.WorkingHours.RemoveRange(await db.WorkingHours.Where(h => h.ClinicId == clinicId && h.PractitionerId == practitionerId).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        return Outcome<bool>.Done(true);
    }

    private async Task<bool> MayManageHoursAsync(string actorId, Guid clinicId, Guid practitionerId, CancellationToken ct)
    {
        if (await access.IsAdminAsync(actorId, clinicId, ct))
        {
            return true;
        }

        var own = await access.PractitionerAsync(actorId, ct);
        return own?.Id == practitionerId;
    }
}
