using Footfall.Assessment.Knowledge;
using Footfall.Care;
using Footfall.Care.Directory;
using Footfall.Data;
using Footfall.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.Care;

/// <summary>
/// Finds practitioners near a town (the offline <see cref="Gazetteer"/>) or a position the browser gave,
/// filtered by profession and by a condition they treat, nearest first. No map tiles are needed.
/// </summary>
public sealed class PractitionerDirectory(FootfallDbContext db, Gazetteer gazetteer, KnowledgeBase knowledge)
{
    /// <summary>How far the directory looks: 500 km.</summary>
    public const double MaxDistanceKm = 500;

    /// <param name="Town">A town name, optionally with its state or country ("Huntington Beach, CA").</param>
    /// <param name="Latitude">Or a position, WGS 84 degrees.</param>
    /// <param name="Longitude">Or a position, WGS 84 degrees.</param>
    /// <param name="Profession">Only this profession.</param>
    /// <param name="Condition">Only practitioners who treat this condition id.</param>
    public sealed record Query(string? Town, double? Latitude, double? Longitude, string? Profession, string? Condition);

    /// <summary>The search's origin as a place, or the field error to show.</summary>
    public sealed record Result(Place? Origin, IReadOnlyList<DirectoryEntry> Entries, IReadOnlyList<Place> OtherPlaces);

    public async Task<Outcome<Result>> SearchAsync(Query query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        Place? origin;
        IReadOnlyList<Place> others = [];
        if (query.Latitude is { } lat && query.Longitude is { } lon)
        {
            if (!GeoPoint.IsValid(lat, lon))
            {
                return Outcome<Result>.Invalid("latitude", "That position is not on the map (latitude -90 to 90, longitude -180 to 180).");
            }

            origin = new Place("your location", string.Empty, string.Empty, new GeoPoint(lat, lon), 0);
        }
        else
        {
            if (string.IsNullOrWhiteSpace(query.Town))
            {
                return Outcome<Result>.Invalid("town", "Type a town, like 'Huntington Beach, CA', or use your location.");
            }

            var places = gazetteer.Find(query.Town, 6);
            if (places.Count == 0)
            {
                return Outcome<Result>.Invalid("town", $"No town called '{query.Town.Trim()}' was found. Check the spelling, or add the state or country after a comma.");
            }

            origin = places[0];
            others = places.Skip(1).ToList();
        }

        Profession? profession = null;
        if (!string.IsNullOrWhiteSpace(query.Profession))
        {
            if (!ProfessionNames.TryParse(query.Profession, out var p))
            {
                return Outcome<Result>.Invalid("profession", $"'{query.Profession}' is not a profession in the directory.");
            }

            profession = p;
        }

        if (!string.IsNullOrWhiteSpace(query.Condition) && knowledge.FindCondition(query.Condition) is null)
        {
            return Outcome<Result>.Invalid("condition", $"'{query.Condition}' is not a condition Footfall knows.");
        }

        var rows = await (from m in db.ClinicMembers
                          join p in db.Practitioners on m.UserId equals p.UserId
                          join c in db.Clinics on m.ClinicId equals c.Id
                          where m.Role == ClinicRole.Practitioner && m.RemovedAtUtc == null
                          select new { p, c }).ToListAsync(ct);
        var entries = rows
            .Where(r => profession is null || r.p.Profession == (int)profession)
            .Select(r => new DirectoryEntry(r.p, (Profession)r.p.Profession, r.c, origin.Point.KilometresTo(new GeoPoint(r.c.Latitude, r.c.Longitude)), Treats(r.p)))
            .Where(e => string.IsNullOrWhiteSpace(query.Condition) || e.Treats.Contains(query.Condition))
            .Where(e => e.DistanceKm <= MaxDistanceKm)
            .OrderBy(e => e.DistanceKm)
            .ThenBy(e => e.Practitioner.DisplayName, StringComparer.Ordinal)
            .ToList();
        return Outcome<Result>.Done(new Result(origin, entries, others));
    }

    public static IReadOnlyList<string> Treats(PractitionerProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.ConditionsTreated.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
