using System.Text.Json;
using Footfall.Data;
using Footfall.Data.Activities;
using Footfall.Data.Entities;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Footfall.Web.Pages.History;

/// <summary>One activity: summary, pace / heart-rate / cadence charts with a per-kilometre table, and its shoe.</summary>
[Authorize]
public sealed class ActivityModel(FootfallDbContext db) : PageModel
{
    public ActivityRecord Activity { get; private set; } = null!;

    public IReadOnlyList<Shoe> Shoes { get; private set; } = [];

    public IReadOnlyList<Split> Splits { get; private set; } = [];

    /// <summary>The chart series as JSON for charts.js (minutes, pace min/km, heart rate, cadence; null where not recorded,
    /// and pace null below 1.5 m/s (slower than about 11 min/km: standing or walking breaks, which would flatten the chart).</summary>
    public string ChartJson { get; private set; } = "{}";

    public bool HasHeartRate { get; private set; }

    public bool HasCadence { get; private set; }

    [TempData]
    public string? Status { get; set; }

    public sealed record Split(int Kilometer, double Meters, double Seconds, double? HeartRate, double? Cadence);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var owner = User.RequireId();
        var activity = await db.Activities.OwnedBy(owner).AsNoTracking().Include(a => a.Track).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (activity is null)
        {
            return NotFound();
        }

        Activity = activity;
        Shoes = await db.Shoes.OwnedBy(owner).AsNoTracking().OrderBy(s => s.Name).ToListAsync(ct);
        var track = activity.Track is { } t ? TrackCodec.Decode(t.Data) : TrackData.Empty;
        HasHeartRate = track.HeartRateBpm.Any(v => !float.IsNaN(v));
        HasCadence = track.Cadence.Any(v => !float.IsNaN(v));
        Splits = ComputeSplits(track);
        ChartJson = JsonSerializer.Serialize(new
        {
            minutes = track.Seconds.Select(s => Math.Round(s / 60.0, 2)),
            pace = track.SpeedMetersPerSecond.Select(v => v is > 1.5f and < 15 ? Math.Round(1000 / 60.0 / v, 2) : (double?)null),
            heartRate = track.HeartRateBpm.Select(v => float.IsNaN(v) ? (double?)null : Math.Round(v)),
            cadence = track.Cadence.Select(v => float.IsNaN(v) || v <= 0 ? (double?)null : Math.Round(v)),
        });
        return Page();
    }

    public async Task<IActionResult> OnPostShoeAsync(Guid id, Guid? shoeId, CancellationToken ct)
    {
        var owner = User.RequireId();
        var activity = await db.Activities.FindOwnedAsync(id, owner, ct);
        if (activity is null)
        {
            return NotFound();
        }

        if (shoeId is { } s && await db.Shoes.FindOwnedAsync(s, owner, ct) is null)
        {
            return NotFound();
        }

        activity.ShoeId = shoeId;
        await db.SaveChangesAsync(ct);
        Status = shoeId is null ? "Shoe removed from this activity." : "Shoe saved for this activity.";
        return RedirectToPage(new { id });
    }

    /// <summary>Whole kilometres from the chart track (the last, partial one included when over 100 m).</summary>
    private static List<Split> ComputeSplits(TrackData track)
    {
        var splits = new List<Split>();
        double startMeters = 0, startSeconds = 0, hr = 0, cad = 0;
        int hrCount = 0, cadCount = 0;
        var lastMeters = 0.0;
        var lastSeconds = 0.0;
        for (var i = 0; i < track.Count; i++)
        {
            var d = track.DistanceMeters[i];
            if (float.IsNaN(d))
            {
                continue;
            }

            if (!float.IsNaN(track.HeartRateBpm[i]))
            {
                hr += track.HeartRateBpm[i];
                hrCount++;
            }

            if (track.Cadence[i] > 0)
            {
                cad += track.Cadence[i];
                cadCount++;
            }

            lastMeters = d;
            lastSeconds = track.Seconds[i];
            if (d - startMeters >= 1000)
            {
                splits.Add(new Split(splits.Count + 1, d - startMeters, lastSeconds - startSeconds, hrCount > 0 ? hr / hrCount : null, cadCount > 0 ? cad / cadCount : null));
                startMeters = d;
                startSeconds = lastSeconds;
                hr = cad = 0;
                hrCount = cadCount = 0;
            }
        }

        if (lastMeters - startMeters >= 100)
        {
            splits.Add(new Split(splits.Count + 1, lastMeters - startMeters, lastSeconds - startSeconds, hrCount > 0 ? hr / hrCount : null, cadCount > 0 ? cad / cadCount : null));
        }

        return splits;
    }
}
