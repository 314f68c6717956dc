using Footfall.Data;
using Footfall.Data.Entities;

namespace Footfall.Web.Features.Recovery;

/// <summary>
/// Cancels an appointment: it leaves the runner's list, and the calendar file carries it as cancelled
/// with a higher SEQUENCE so a calendar that imported it drops it: the reminders page.
/// </summary>
public static class CancelAppointment
{
    public sealed record Request(Guid AppointmentId);

    public sealed class Handler(FootfallDbContext db, TimeProvider clock)
    {
        public async Task<Outcome<AppointmentRecord>> HandleAsync(Runner runner, Request request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(runner);
            ArgumentNullException.ThrowIfNull(request);
            var appointment = await db.Appointments.FindOwnedAsync(request.AppointmentId, runner.Id, cancellationToken);
            if (appointment is null || appointment.CancelledAtUtc is not null)
            {
                return Outcome.NotFound<AppointmentRecord>();
            }

            appointment.CancelledAtUtc = clock.GetUtcNow().UtcDateTime;
            appointment.Sequence++;
            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Done(appointment);
        }
    }
}
