using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Training;

namespace Footfall.Web.Features.Recovery;

/// <summary>Adds an appointment at a local date and time in the runner's time zone: the reminders page.</summary>
public static class AddAppointment
{
    public const int MaxTextLength = 200;

    /// <param name="Date">The local day.</param>
    /// <param name="Time">The local wall-clock time, in the runner's zone.</param>
    /// <param name="DurationMinutes">5 to 480.</param>
    /// <param name="Title">1 to 200 characters, e.g. "Physiotherapy".</param>
    /// <param name="Place">Up to 200 characters, or empty.</param>
    public sealed record Request(DateOnly? Date, TimeOnly? Time, int DurationMinutes, string? Title, string? Place);

    public sealed class Handler(FootfallDbContext db, TimeProvider clock)
    {
        /// <summary>How far ahead an appointment may be booked, in years (a far-future date breaks calendar arithmetic).</summary>
        public const int MaximumYearsAhead = 5;

        public async Task<Outcome<AppointmentRecord>> HandleAsync(Runner runner, Request request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(runner);
            ArgumentNullException.ThrowIfNull(request);
            var errors = new FieldErrors();
            var today = runner.Today(clock);
            if (request.Date is null)
            {
                errors.Add(nameof(Request.Date), "Date is required.");
            }
            else if (request.Date < today.AddYears(-1) || request.Date > today.AddYears(MaximumYearsAhead))
            {
                errors.Add(nameof(Request.Date), $"The date must be within a year back and {MaximumYearsAhead} years ahead.");
            }

            if (request.Time is null)
            {
                errors.Add(nameof(Request.Time), "Time is required.");
            }

            if (request.DurationMinutes is < 5 or > 480)
            {
                errors.Add(nameof(Request.DurationMinutes), "Length must be 5 to 480 minutes.");
            }

            var title = request.Title?.Trim() ?? string.Empty;
            if (title.Length == 0)
            {
                errors.Add(nameof(Request.Title), "Title is required.");
            }
            else if (title.Length > MaxTextLength)
            {
                errors.Add(nameof(Request.Title), $"Title must be at most {MaxTextLength} characters.");
            }

            var place = request.Place?.Trim();
            if (place?.Length > MaxTextLength)
            {
                errors.Add(nameof(Request.Place), $"Place must be at most {MaxTextLength} characters.");
            }

            if (errors.Count > 0)
            {
                return Outcome.Refused<AppointmentRecord>(errors);
            }

            var appointment = new AppointmentRecord
            {
                Id = Guid.NewGuid(),
                OwnerId = runner.Id,
                StartUtc = LocalDateRange.UtcOf(request.Date!.Value, request.Time!.Value, runner.Zone),
                DurationMinutes = request.DurationMinutes,
                Title = title,
                Location = string.IsNullOrEmpty(place) ? null : place,
            };
            db.Appointments.Add(appointment);
            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Done(appointment);
        }
    }
}
