using Footfall.Activities;
using Footfall.Data;
using Footfall.Data.Activities;
using Footfall.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Features.History;

/// <summary>
/// Use case: correct an activity's sport and the shoe it was run in. Called by the activity page and by
/// <c>PUT /api/v1/activities/{id}</c>; each shows the field errors its own way. Owner-scoped: someone else's
/// activity or shoe is "not found", exactly like a missing one. A sport moving on or off foot converts the
/// stored cadence (strides to steps and back); the load, computed from the stored activities, follows.
/// </summary>
public sealed class ChangeActivity(FootfallDbContext db)
{
    /// <summary>What to change.</summary>
    /// <param name="Sport">The sport's code (<c>running</c>, <c>cycling</c>...); null keeps the sport.</param>
    /// <param name="ShoeId">The shoe worn, or null for none.</param>
    /// <param name="ChangeShoe">False keeps the shoe as it is (a sport-only change).</param>
    public sealed record Request(string? Sport, Guid? ShoeId, bool ChangeShoe = true);

    /// <summary>The outcome: <see cref="Found"/> false when there is no such activity of the owner's; otherwise
    /// <see cref="Errors"/> by field name (<c>sport</c>, <c>shoeId</c>), empty when the change was saved.</summary>
    public sealed record Outcome(bool Found, IReadOnlyDictionary<string, string[]> Errors)
    {
        public bool Saved => Found && Errors.Count == 0;
    }

    /// <summary>The sports a runner may choose, in display order.</summary>
    public static IReadOnlyList<Sport> Choices { get; } =
        [Sport.Running, Sport.Walking, Sport.Hiking, Sport.Cycling, Sport.Swimming, Sport.Multisport, Sport.Other];

    public async Task<Outcome> RunAsync(string ownerId, Guid activityId, Request request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var activity = await db.Activities.OwnedBy(ownerId).Include(a => a.Track).FirstOrDefaultAsync(a => a.Id == activityId, ct);
        if (activity is null)
        {
            return new Outcome(false, new Dictionary<string, string[]>());
        }

        var errors = new Dictionary<string, string[]>();
        var sport = activity.Sport;
        if (request.Sport is { } code)
        {
            sport = SportExtensions.FromCode(code.Trim().ToLowerInvariant());
            if (sport != activity.Sport && !Choices.Contains(sport))
            {
                errors["sport"] = [$"Choose one of: {string.Join(", ", Choices.Select(c => c.Code()))}."];
            }
            else if (sport != activity.Sport
                && await db.Activities.OwnedBy(ownerId).AnyAsync(a => a.Id != activityId && a.Sport == sport && a.StartUtc == activity.StartUtc, ct))
            {
                errors["sport"] = ["Another activity of that sport starts at the same moment; delete one of the two first."];
            }
        }

        if (request.ChangeShoe && request.ShoeId is { } shoeId && await db.Shoes.FindOwnedAsync(shoeId, ownerId, ct) is null)
        {
            errors["shoeId"] = ["No such shoe."];
        }

        if (errors.Count > 0)
        {
            return new Outcome(true, errors);
        }

        if (sport != activity.Sport)
        {
            Relabel(activity, sport);
        }

        if (request.ChangeShoe)
        {
            activity.ShoeId = request.ShoeId;
        }

        await db.SaveChangesAsync(ct);
        return new Outcome(true, errors);
    }

    /// <summary>Gives the stored activity a new sport, converting cadence between strides and steps as the
    /// decoders do (<see cref="ActivityDecoders.Relabel"/>).</summary>
    private static void Relabel(ActivityRecord activity, Sport sport)
    {
        var factor = (float)activity.Sport.CadenceFactor(sport);
        activity.Sport = sport;
        if (factor == 1f)
        {
            return;
        }

        activity.AverageCadenceSpm *= factor;
        if (activity.Track is { } track)
        {
            var data = TrackCodec.Decode(track.Data);
            for (var i = 0; i < data.Cadence.Length; i++)
            {
                data.Cadence[i] *= factor;
            }

            track.Data = TrackCodec.Pack(data);
        }
    }
}
