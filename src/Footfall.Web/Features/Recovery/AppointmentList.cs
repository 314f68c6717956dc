using Footfall.Data;
using Footfall.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Recovery;

/// <summary>The reads of a runner's appointments: the list on the reminders page, and what the calendar file carries.</summary>
public sealed class AppointmentList(FootfallDbContext db)
{
    /// <summary>Appointments the runner has not cancelled, soonest first (at most 100).</summary>
    public Task<List<AppointmentRecord>> CurrentAsync(Runner runner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runner);
        return db.Appointments.OwnedBy(runner.Id).AsNoTracking().Where(a => a.CancelledAtUtc == null)
            .OrderBy(a => a.StartUtc).Take(100).ToListAsync(cancellationToken);
    }

    /// <summary>Every appointment, cancelled ones included, so a calendar that imported one learns it was cancelled.</summary>
    public Task<List<AppointmentRecord>> ForCalendarAsync(Runner runner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runner);
        // Rows saved before dates were range-checked may lie near year 9999, where end-time arithmetic overflows: left out.
        var latest = new DateTime(9999, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        return db.Appointments.OwnedBy(runner.Id).AsNoTracking().Where(a => a.StartUtc < latest).OrderBy(a => a.StartUtc).ToListAsync(cancellationToken);
    }
}
