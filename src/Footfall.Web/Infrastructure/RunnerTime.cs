using System.Security.Claims;
using Footfall.Training;

namespace Footfall.Web.Infrastructure;

/// <summary>
/// The signed-in runner's time zone (their account setting, carried as a claim; UTC until they choose
/// one) and "today" in it. Check-in days, training weeks and plan dates are all counted in it.
/// </summary>
public sealed class RunnerTime(IHttpContextAccessor http, TimeProvider clock)
{
    public const string ClaimType = "footfall:time_zone";

    public TimeZoneInfo Zone => FromId(http.HttpContext?.User.FindFirstValue(ClaimType));

    public DateOnly Today => TrainingHistory.LocalDate(clock.GetUtcNow(), Zone);

    /// <summary>The local calendar day of an instant in the runner's zone.</summary>
    public DateOnly DayOf(DateTime utc) =>
        TrainingHistory.LocalDate(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), Zone);

    /// <summary>The zone for an id, or UTC for null or an id this machine does not know.</summary>
    public static TimeZoneInfo FromId(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>True for an id this machine knows (what a form may store).</summary>
    public static bool IsKnown(string? id) => !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    /// <summary>The IANA ids offered in the account settings, sorted.</summary>
    public static IReadOnlyList<string> Choices { get; } = TimeZoneInfo.GetSystemTimeZones()
        .Select(z => z.HasIanaId ? z.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(z.Id, out var iana) ? iana : z.Id)
        .Append("UTC")
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary><see cref="Choices"/> grouped by their region ("America", "Europe" ...; "Other" for ids without one),
    /// each shown as its place with underscores as spaces ("New York", "Argentina / Buenos Aires").</summary>
    public static IReadOnlyList<(string Region, IReadOnlyList<(string Id, string Label)> Zones)> ChoicesByRegion { get; } = Choices
        .GroupBy(id => id.Contains('/', StringComparison.Ordinal) ? id[..id.IndexOf('/', StringComparison.Ordinal)] : "Other")
        .OrderBy(g => g.Key == "Other" ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => (g.Key, (IReadOnlyList<(string, string)>)g
            .Select(id => (id, (id.Contains('/', StringComparison.Ordinal) ? id[(id.IndexOf('/', StringComparison.Ordinal) + 1)..] : id).Replace('_', ' ').Replace("/", " / ", StringComparison.Ordinal)))
            .ToList()))
        .ToList();
}
