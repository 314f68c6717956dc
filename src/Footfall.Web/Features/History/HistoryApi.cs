using System.Security.Claims;
using Footfall.Activities;
using Footfall.Data;
using Footfall.Data.Activities;
using Footfall.Training;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.History;

/// <summary>
/// <c>/api/v1/activities</c> and <c>/api/v1/training</c>: a runner's imported history and the training signals
/// computed from it. Every handler is scoped to the signed-in owner through <see cref="OwnedQueries"/>; someone
/// else's activity answers 404 exactly like a missing one. Uploads go through the history upload page.
/// </summary>
public static class HistoryApi
{
    public static RouteGroupBuilder MapHistoryApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var activities = api.MapGroup("/activities").WithTags("Activities").RequireAuthorization();
        activities.MapGet("/", ListAsync).WithName("ListActivities");
        activities.MapGet("/{id:guid}", GetAsync).WithName("GetActivity");
        activities.MapPut("/{id:guid}", ChangeAsync).WithName("ChangeActivity");
        activities.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteActivity");
        activities.MapPut("/{id:guid}/shoe", AssignShoeAsync).WithName("AssignActivityShoe");
        var training = api.MapGroup("/training").WithTags("Training").RequireAuthorization();
        training.MapGet("/weekly", WeeklyAsync).WithName("GetWeeklyLoad");
        training.MapGet("/findings", FindingsAsync).WithName("GetTrainingFindings");
        return api;
    }

    /// <summary>One row of the list; <c>Sport</c> is the sport's code (<c>running</c>, <c>cycling</c>...).</summary>
    public sealed record ActivityRowDto(
        Guid Id, DateTime StartUtc, string Sport, double DistanceMeters, double DurationSeconds, double? AverageHeartRateBpm,
        double? AverageCadenceSpm, string SourceName, Guid? ShoeId, string? LeftOutReason);

    public sealed record ActivityPageDto(IReadOnlyList<ActivityRowDto> Items, int Page, int PageSize, int Total);

    /// <summary>An activity with its chart track; track values are null where the device recorded nothing.
    /// <c>LeftOutReason</c> says why it is left out of load, <c>DamageNote</c> what was kept of a damaged file.</summary>
    public sealed record ActivityDto(
        Guid Id, DateTime StartUtc, string Sport, double DistanceMeters, double DurationSeconds, double? AverageHeartRateBpm,
        double? AverageCadenceSpm, double? StanceTimeBalanceLeftPercent, double? AveragePowerWatts, string SourceFormat, string SourceName,
        Guid? ShoeId, string? LeftOutReason, string? DamageNote, TrackDto? Track);

    public sealed record TrackDto(
        float?[] Seconds, float?[] DistanceMeters, float?[] SpeedMetersPerSecond, float?[] HeartRateBpm, float?[] Cadence, float?[] AltitudeMeters,
        float?[] PowerWatts);

    public sealed record ShoeAssignment(Guid? ShoeId);

    /// <summary>A correction: the sport's code, and the shoe worn (null for none).</summary>
    public sealed record ActivityChangeDto(string? Sport, Guid? ShoeId);

    public sealed record WeekDto(
        DateOnly WeekStart, int IsoYear, int IsoWeek, double DistanceKm, double DurationMinutes, int Runs, double? ChangePercent,
        double? AcuteChronicRatio, double? Monotony);

    public sealed record WeeklyLoadDto(DateOnly Today, IReadOnlyList<WeekDto> Weeks, IReadOnlyList<TrainingSignal> Signals);

    private static async Task<Ok<ActivityPageDto>> ListAsync(
        ActivityList list, ClaimsPrincipal user, RunnerTime time, CancellationToken ct,
        string? sport = null, DateOnly? from = null, DateOnly? to = null, int page = 1, int pageSize = ActivityList.DefaultPageSize)
    {
        var result = await list.QueryAsync(user.RequireId(), sport, from, to, time.Zone, page, pageSize, ct);
        var items = result.Items.Select(a => new ActivityRowDto(
            a.Id, a.StartUtc, a.Sport.Code(), a.DistanceMeters, a.DurationSeconds, a.AverageHeartRateBpm, a.AverageCadenceSpm, a.SourceName, a.ShoeId,
            a.LeftOutReason)).ToList();
        return TypedResults.Ok(new ActivityPageDto(items, result.Page, result.PageSize, result.Total));
    }

    private static async Task<Results<Ok<ActivityDto>, NotFound>> GetAsync(Guid id, ActivityDetail detail, ClaimsPrincipal user, CancellationToken ct)
    {
        var a = await detail.FindAsync(user.RequireId(), id, ct);
        if (a is null)
        {
            return TypedResults.NotFound();
        }

        TrackDto? track = null;
        if (a.Track is { } stored)
        {
            var t = TrackCodec.Decode(stored.Data);
            track = new TrackDto(
                Nullable(t.Seconds), Nullable(t.DistanceMeters), Nullable(t.SpeedMetersPerSecond), Nullable(t.HeartRateBpm), Nullable(t.Cadence),
                Nullable(t.AltitudeMeters), Nullable(t.PowerWatts));
        }

        return TypedResults.Ok(new ActivityDto(
            a.Id, a.StartUtc, a.Sport.Code(), a.DistanceMeters, a.DurationSeconds, a.AverageHeartRateBpm, a.AverageCadenceSpm,
            a.StanceTimeBalanceLeftPercent, a.AveragePowerWatts, a.SourceFormat, a.SourceName, a.ShoeId,
            ActivitySanity.Check(a.Sport, a.DistanceMeters, TimeSpan.FromSeconds(a.DurationSeconds), a.SampleCount, a.TimedSampleCount),
            a.DamageNote, track));
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> ChangeAsync(
        Guid id, ActivityChangeDto request, ChangeActivity change, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await change.RunAsync(user.RequireId(), id, new ChangeActivity.Request(request.Sport, request.ShoeId), ct);
        return !outcome.Found ? TypedResults.NotFound()
            : outcome.Saved ? TypedResults.NoContent()
            : TypedResults.ValidationProblem(outcome.Errors);
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, DeleteActivity delete, ClaimsPrincipal user, CancellationToken ct) =>
        await delete.RunAsync(user.RequireId(), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> AssignShoeAsync(
        Guid id, ShoeAssignment request, ChangeActivity change, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await change.RunAsync(user.RequireId(), id, new ChangeActivity.Request(null, request.ShoeId), ct);
        return !outcome.Found ? TypedResults.NotFound()
            : outcome.Saved ? TypedResults.NoContent()
            : TypedResults.ValidationProblem(outcome.Errors);
    }

    private static async Task<Ok<WeeklyLoadDto>> WeeklyAsync(
        TrainingLoad load, ClaimsPrincipal user, RunnerTime time, CancellationToken ct, int weeks = 26)
    {
        var today = time.Today;
        var report = await load.ReportAsync(user.RequireId(), today, time.Zone, DistanceUnit.Kilometres, ct);
        var rows = WeeklyLoadRow.From(report);
        var dto = rows.Skip(Math.Max(0, rows.Count - Math.Clamp(weeks, 1, 520))).Select(ToDto).ToList();
        return TypedResults.Ok(new WeeklyLoadDto(today, dto, report.Signals));
    }

    private static async Task<Ok<IReadOnlyList<DataFinding>>> FindingsAsync(
        TrainingLoad load, ClaimsPrincipal user, RunnerTime time, CancellationToken ct) =>
        TypedResults.Ok(await load.FindingsAsync(user.RequireId(), time.Today, time.Zone, ct));

    internal static WeekDto ToDto(WeeklyLoadRow row) => new(
        row.Week.WeekStart, row.Week.IsoYear, row.Week.IsoWeek, Math.Round(row.Week.Distance.Kilometers, 2),
        Math.Round(row.Week.Duration.TotalMinutes, 1), row.Week.Runs, Round(row.ChangePercent, 1), Round(row.Ratio, 2), Round(row.Monotony, 2));

    private static double? Round(double? value, int digits) => value is { } v ? Math.Round(v, digits) : null;

    internal static float?[] Nullable(float[] values) => values.Select(v => float.IsNaN(v) ? (float?)null : v).ToArray();
}
