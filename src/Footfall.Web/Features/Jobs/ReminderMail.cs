using System.Globalization;
using Footfall.Data;
using Footfall.Web.Features.Email;
using Footfall.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace Footfall.Web.Features.Jobs;

/// <summary>
/// Every 15 minutes (<c>Jobs:ReminderInterval</c>), on one node of the cluster at a time: emails a reminder
/// for each appointment that starts in the coming <see cref="AppointmentLead"/>, and, to runners following a
/// recovery plan who have not checked in that day, a check-in reminder at <see cref="CheckInHour"/> in their
/// own time zone. Each run covers the time since the last run's end (kept in the job's data, which the
/// clustered store persists), so a reminder goes out once even as nodes come and go; a window longer than a
/// day (the scheduler was down) is cut to the last day rather than sending a backlog.
/// </summary>
[DisallowConcurrentExecution]
[PersistJobDataAfterExecution]
public sealed class ReminderMail(FootfallDbContext db, IEmailSender mail, TimeProvider clock, ILogger<ReminderMail> logger) : IJob
{
    /// <summary>How long before an appointment its reminder goes out: 24 hours.</summary>
    public static readonly TimeSpan AppointmentLead = TimeSpan.FromHours(24);

    /// <summary>The local hour of the daily check-in reminder: 18:00.</summary>
    public const int CheckInHour = 18;

    private const string CoveredUntilKey = "coveredUntilUtc";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = clock.GetUtcNow().UtcDateTime;
        var from = context.JobDetail.JobDataMap.GetString(CoveredUntilKey) is { } stored
            && DateTime.TryParse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var last)
                ? last
                : now;
        if (now - from > TimeSpan.FromDays(1))
        {
            from = now - TimeSpan.FromDays(1);
        }

        var sent = 0;
        if (from < now)
        {
            sent += await RemindOfAppointmentsAsync(from, now, cancellationToken);
            sent += await RemindOfCheckInsAsync(from, now, cancellationToken);
        }

        context.JobDetail.JobDataMap.PutAsString(CoveredUntilKey, now);
        if (sent > 0)
        {
            logger.LogInformation("Sent {Count} reminders", sent);
        }
    }

    private async Task<int> RemindOfAppointmentsAsync(DateTime from, DateTime to, CancellationToken ct)
    {
        // Appointments whose reminder moment (start - lead) falls in (from, to].
        var startFrom = from + AppointmentLead;
        var startTo = to + AppointmentLead;
        var due = await (from a in db.Appointments.AsNoTracking()
                         join u in db.Users on a.OwnerId equals u.Id
                         where a.CancelledAtUtc == null && a.StartUtc > startFrom && a.StartUtc <= startTo && u.Email != null
                         select new { u.Email, u.TimeZoneId, a.Title, a.StartUtc, a.Location }).ToListAsync(ct);
        foreach (var a in due)
        {
            var zone = RunnerTime.FromId(a.TimeZoneId);
            var local = TimeZoneInfo.ConvertTimeFromUtc(a.StartUtc, zone);
            var where = string.IsNullOrWhiteSpace(a.Location) ? string.Empty : $" at {a.Location}";
            await mail.SendAsync(new EmailMessage(a.Email!, "Reminder: your appointment tomorrow", $"""
                This is a reminder of your appointment "{a.Title}"{where} on {local.ToString("dddd d MMMM yyyy 'at' HH:mm", CultureInfo.InvariantCulture)} ({zone.Id}).

                To move or cancel it, sign in to Footfall and open Care.
                Footfall gives guidance, not a diagnosis. If your pain suddenly gets worse, your foot becomes hot, swollen or numb, or you cannot put weight on it, do not wait for the appointment: seek care today.
                """), ct);
        }

        return due.Count;
    }

    private async Task<int> RemindOfCheckInsAsync(DateTime from, DateTime to, CancellationToken ct)
    {
        var runners = await (from e in db.RecoveryEnrollments.AsNoTracking()
                             join u in db.Users on e.OwnerId equals u.Id
                             where e.Active && u.Email != null && u.EmailConfirmed
                             select new { u.Id, u.Email, u.TimeZoneId }).Distinct().ToListAsync(ct);
        var sent = 0;
        foreach (var runner in runners)
        {
            var zone = RunnerTime.FromId(runner.TimeZoneId);
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(to, zone));
            var moment = TimeZoneInfo.ConvertTimeToUtc(today.ToDateTime(new TimeOnly(CheckInHour, 0)), zone);
            if (moment <= from || moment > to)
            {
                continue;
            }

            if (await db.CheckIns.AnyAsync(c => c.OwnerId == runner.Id && c.Date == today, ct))
            {
                continue;
            }

            await mail.SendAsync(new EmailMessage(runner.Email!, "Time for today's check-in", """
                You have not checked in today. A check-in takes a minute and tells your plan whether to progress, hold or step back.

                Open Footfall and go to Recovery, then Check in.
                Footfall gives guidance, not a diagnosis. If your pain is getting worse from day to day, or you notice swelling, warmth, numbness or pain at night, see a clinician.
                """), ct);
            sent++;
        }

        return sent;
    }
}
