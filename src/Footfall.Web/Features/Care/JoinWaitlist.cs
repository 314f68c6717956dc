using Footfall.Data;
using Footfall.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Care;

/// <summary>A runner asks to hear first when a practitioner's time frees up; one active entry per runner and practitioner.</summary>
public sealed class JoinWaitlist(FootfallDbContext db, CareAccess access, TimeProvider clock)
{
    public sealed record Request(Guid ClinicId, Guid PractitionerId, Guid AppointmentTypeId);

    public async Task<Outcome<WaitlistEntry>> RunAsync(string runnerId, Request request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var type = await db.AppointmentTypes.FindAsync([request.AppointmentTypeId], ct);
        if (type is null || type.ClinicId != request.ClinicId || !await access.WorksAtAsync(request.PractitionerId, request.ClinicId, ct))
        {
            return Outcome<WaitlistEntry>.NotFound();
        }

        var existing = await db.Waitlist.OwnedBy(runnerId).FirstOrDefaultAsync(w => w.PractitionerId == request.PractitionerId && w.ClinicId == request.ClinicId && w.Active, ct);
        if (existing is not null)
        {
            return Outcome<WaitlistEntry>.Done(existing);
        }

        var entry = new WaitlistEntry
        {
            Id = Guid.NewGuid(),
            OwnerId = runnerId,
            ClinicId = request.ClinicId,
            PractitionerId = request.PractitionerId,
            AppointmentTypeId = type.Id,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Waitlist.Add(entry);
        await db.SaveChangesAsync(ct);
        return Outcome<WaitlistEntry>.Done(entry);
    }
}
