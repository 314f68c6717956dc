using Footfall.Data;
using Footfall.Recovery.Calendar;
using Footfall.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Recovery;

/// <summary>/Recovery/Calendar.ics: the daily check-in reminder and the runner's appointments as iCalendar.</summary>
public static class RecoveryCalendar
{
    /// <summary>Local time of the daily check-in reminder.</summary>
    public static readonly TimeOnly CheckInTime = new(20, 0);

    /// <summary>How many days of reminders one download holds.</summary>
    public const int ReminderDays = 90;

    public static IEndpointRouteBuilder MapRecoveryCalendar(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/Recovery/Calendar.ics", DownloadAsync).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> DownloadAsync(HttpContext http, FootfallDbContext db, TimeProvider time, RunnerTime runnerTime, CancellationToken cancellationToken)
    {
        var owner = http.User.RequireId();
        var now = time.GetUtcNow();
        var today = runnerTime.Today;
        // Rows saved before dates were range-checked may lie near year 9999, where end-time arithmetic overflows: left out.
        var latest = new DateTime(9999, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var appointments = await db.Appointments.OwnedBy(owner).Where(a => a.StartUtc < latest).OrderBy(a => a.StartUtc).ToListAsync(cancellationToken);
        var reminder = new CheckInReminder(
            $"checkin-{owner}@footfall",
            today,
            CheckInTime,
            ReminderDays,
            "Footfall check-in",
            "Under a minute: pain on first steps, during and after activity, and what you did today. Open Footfall and go to Recovery, Check in.",
            TimeSpan.Zero);
        var events = appointments.Select(a => new Appointment(
            $"appointment-{a.Id}@footfall",
            new DateTimeOffset(DateTime.SpecifyKind(a.StartUtc, DateTimeKind.Utc)),
            new DateTimeOffset(DateTime.SpecifyKind(a.StartUtc, DateTimeKind.Utc)).AddMinutes(Math.Max(5, a.DurationMinutes)),
            a.Title,
            a.Location,
            null,
            TimeSpan.FromHours(1)));
        var text = CalendarFile.Write([reminder], events, now, "Footfall recovery");
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(text), CalendarFile.MediaType + "; charset=utf-8", "footfall-recovery.ics");
    }
}
