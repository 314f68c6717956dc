using System.Security.Claims;
using Footfall.Care.Booking;
using Footfall.Data;
using Footfall.Data.Entities;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Footfall.Web.Features.Care;

/// <summary>
/// <c>/api/v1/care</c>: the directory, free slots, the runner's bookings (book, move, cancel), the
/// clinician's read of a shared case, and the FHIR export. Every error is an RFC 7807 problem:
/// 400 with the fields named, 404 for anything missing or not the caller's, 409 when another runner
/// took the time first (with the next free slots).
/// </summary>
public static class CareApi
{
    public static RouteGroupBuilder MapCareApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/care").WithTags("Care");
        group.MapGet("/practitioners", SearchAsync).WithName("FindPractitioners").AllowAnonymous();
        group.MapGet("/clinics/{clinicId:guid}/practitioners/{practitionerId:guid}/slots", SlotsAsync).WithName("ListFreeSlots").AllowAnonymous();
        group.MapGet("/bookings", MyBookingsAsync).WithName("ListMyBookings").RequireAuthorization();
        group.MapPost("/bookings", BookAsync).WithName("Book").RequireAuthorization();
        group.MapPut("/bookings/{id:guid}", MoveAsync).WithName("MoveBooking").RequireAuthorization();
        group.MapDelete("/bookings/{id:guid}", CancelAsync).WithName("CancelBooking").RequireAuthorization();
        group.MapGet("/cases/{runnerId}", CaseAsync).WithName("ReadSharedCase").RequireAuthorization();
        group.MapGet("/cases/{runnerId}/fhir", CaseFhirAsync).WithName("ExportSharedCaseFhir").RequireAuthorization();
        group.MapGet("/fhir", MyFhirAsync).WithName("ExportMyRecordFhir").RequireAuthorization();
        return group;
    }

    public sealed record SlotDto(DateTimeOffset Start, DateTimeOffset End, DateTimeOffset LocalStart, string TimeZone);

    public sealed record BookingDto(Guid Id, Guid ClinicId, Guid PractitionerId, Guid AppointmentTypeId, DateTimeOffset Start, DateTimeOffset End, string Status, int Sequence);

    public sealed record MoveRequest(DateTimeOffset? Start, DateTime? LocalStart);

    public sealed record DirectoryDto(string PractitionerId, string Name, string Profession, string ClinicId, string Clinic, string Town, double DistanceKm, IReadOnlyList<string> Treats);

    public sealed record CaseDto(string RunnerId, int SharedScopes, DateTimeOffset? SharedUntil, IReadOnlyList<CaseView.AssessmentSummary> Assessments, IReadOnlyList<CaseConditionDto> LatestRanking, IReadOnlyList<string> Signals, string? PlanTitle, string? PlanPosition, IReadOnlyList<CaseView.CheckInLine> CheckIns);

    public sealed record CaseConditionDto(string Id, string Name, double Probability, IReadOnlyList<string> Supporting, IReadOnlyList<string> Conflicting);

    public static BookingDto ToDto(Booking b)
    {
        ArgumentNullException.ThrowIfNull(b);
        return new(b.Id, b.ClinicId, b.PractitionerId, b.AppointmentTypeId, CareAccess.Utc(b.StartUtc), CareAccess.Utc(b.EndUtc), b.Status == BookingStatus.Booked ? "booked" : "cancelled", b.Sequence);
    }

    private static SlotDto ToDto(Slot s, string zone) => new(s.Start, s.End, s.LocalStart, zone);

    private static async Task<Results<Ok<List<DirectoryDto>>, ValidationProblem>> SearchAsync(
        PractitionerDirectory directory, string? town, double? latitude, double? longitude, string? profession, string? condition, CancellationToken ct)
    {
        var outcome = await directory.SearchAsync(new PractitionerDirectory.Query(town, latitude, longitude, profession, condition), ct);
        if (!outcome.Succeeded)
        {
            return TypedResults.ValidationProblem(outcome.Errors);
        }

        return TypedResults.Ok(outcome.Value!.Entries.Select(e => new DirectoryDto(
            e.Practitioner.Id.ToString(), e.Practitioner.DisplayName, e.Profession.ToString(), e.Clinic.Id.ToString(), e.Clinic.Name, e.Clinic.Town, Math.Round(e.DistanceKm, 1), e.Treats)).ToList());
    }

    private static async Task<Results<Ok<List<SlotDto>>, ProblemHttpResult, ValidationProblem>> SlotsAsync(
        Guid clinicId, Guid practitionerId, Guid type, DateOnly? from, int? days, ClinicCatalog catalog, CareAccess access, PractitionerSchedule schedule, CancellationToken ct)
    {
        var clinic = await catalog.ClinicAsync(clinicId, ct);
        var appointmentType = await catalog.ActiveTypeAsync(clinicId, type, ct);
        if (clinic is null || appointmentType is null || !await access.WorksAtAsync(practitionerId, clinicId, ct))
        {
            return NotFound("No such practitioner, clinic or appointment type.");
        }

        if (days is < 1 or > PractitionerSchedule.MaxDays)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["days"] = [$"Ask for 1 to {PractitionerSchedule.MaxDays} days of slots."] });
        }

        var first = from ?? schedule.TodayAt(clinic);
        var slots = await schedule.FreeSlotsAsync(clinic, practitionerId, appointmentType, first, days ?? 14, ct);
        return TypedResults.Ok(slots.Select(s => ToDto(s, clinic.TimeZoneId)).ToList());
    }

    private static async Task<Ok<List<BookingDto>>> MyBookingsAsync(RunnerBookings runnerBookings, ClaimsPrincipal user, CancellationToken ct)
    {
        var bookings = await runnerBookings.AllAsync(user.RequireId(), ct);
        return TypedResults.Ok(bookings.Select(ToDto).ToList());
    }

    private static async Task<Results<Created<BookingDto>, ProblemHttpResult, ValidationProblem>> BookAsync(
        BookAppointment.Request request, BookAppointment book, ClaimsPrincipal user, CancellationToken ct)
    {
        var runner = user.RequireId();
        var outcome = await book.BookAsync(runner, runner, request, ct);
        return Placed(outcome);
    }

    private static async Task<Results<Created<BookingDto>, ProblemHttpResult, ValidationProblem>> MoveAsync(
        Guid id, MoveRequest request, BookAppointment book, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await book.MoveAsync(user.RequireId(), id, request.Start, request.LocalStart, ct);
        return Placed(outcome);
    }

    private static Results<Created<BookingDto>, ProblemHttpResult, ValidationProblem> Placed(Outcome<BookingResult> outcome)
    {
        if (outcome.Missing)
        {
            return NotFound("No such practitioner, clinic, appointment type or booking.");
        }

        if (!outcome.Succeeded)
        {
            return TypedResults.ValidationProblem(outcome.Errors);
        }

        var result = outcome.Value!;
        if (result.Booking is null)
        {
            return TypedResults.Problem(new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "That time was just taken",
                Detail = result.Refusal?.Message,
                Extensions = { ["nextFree"] = result.NextFree.Select(s => new SlotDto(s.Start, s.End, s.LocalStart, string.Empty)).ToList() },
            });
        }

        return TypedResults.Created($"/api/v1/care/bookings/{result.Booking.Id}", ToDto(result.Booking));
    }

    private static async Task<Results<Ok<BookingDto>, ProblemHttpResult, ValidationProblem>> CancelAsync(Guid id, CancelBooking cancel, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await cancel.RunAsync(user.RequireId(), id, ct);
        if (outcome.Missing)
        {
            return NotFound("No such booking.");
        }

        return outcome.Succeeded ? TypedResults.Ok(ToDto(outcome.Value!)) : TypedResults.ValidationProblem(outcome.Errors);
    }

    private static async Task<Results<Ok<CaseDto>, ProblemHttpResult>> CaseAsync(string runnerId, CaseFile cases, ClaimsPrincipal user, CancellationToken ct)
    {
        var view = await cases.ReadAsync(user.RequireId(), runnerId, ct);
        if (view is null)
        {
            return NotFound("No shared record: the runner has not shared it with you, or their consent has ended.");
        }

        var ranking = view.Latest?.Conditions.Take(5).Select(c => new CaseConditionDto(
            c.Id, c.Name, Math.Round(c.Probability, 3), c.Supporting.Select(f => f.Text).ToList(), c.Conflicting.Select(f => f.Text).ToList())).ToList() ?? [];
        return TypedResults.Ok(new CaseDto(
            view.RunnerId,
            (int)view.Shared,
            view.SharedUntil,
            view.Assessments,
            ranking,
            view.Signals.Select(s => $"{s.Title}: {s.Value?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) ?? "n/a"} {s.Unit} ({s.Band})").ToList(),
            view.Plan?.Title,
            view.Position?.Describe(),
            view.CheckIns));
    }

    private static async Task<IResult> CaseFhirAsync(string runnerId, FhirExport fhir, ClaimsPrincipal user, CancellationToken ct)
    {
        var json = await fhir.ForClinicianAsync(user.RequireId(), runnerId, ct);
        return json is null
            ? NotFound("No shared record: the runner has not shared it with you, or their consent has ended.")
            : TypedResults.Text(json, FhirExport.MediaType);
    }

    private static async Task<IResult> MyFhirAsync(FhirExport fhir, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.File(System.Text.Encoding.UTF8.GetBytes(await fhir.ForRunnerAsync(user.RequireId(), ct)), FhirExport.MediaType, "footfall-fhir-bundle.json");

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
