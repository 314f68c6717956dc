using System.Text.Json;
using Footfall.Activities;
using Footfall.Data.Activities;
using Footfall.Data.Entities;
using Footfall.Web.Features;
using Footfall.Training;
using Footfall.Web.Features.History;
using Footfall.Web.Features.Shoes;
using Footfall.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Footfall.Web.Pages.History;

/// <summary>One activity: summary (with a warning when its figures cannot be believed), speed / heart-rate /
/// cadence / power charts with a per-kilometre table, and the correction of its sport and shoe, or its deletion
/// (through the <see cref="ChangeActivity"/> and <see cref="DeleteActivity"/> use cases).</summary>
[Authorize]
public sealed class ActivityModel(ActivityDetail detail, ShoeList shoes, RunnerTime time, ChangeActivity change, DeleteActivity delete) : PageModel
{
    public ActivityRecord Activity { get; private set; } = null!;

    public IReadOnlyList<Shoe> Shoes { get; private set; } = [];

    public IReadOnlyList<Split> Splits { get; private set; } = [];

    /// <summary>Why the activity's figures cannot be believed and it is left out of load; null when they can.</summary>
    public string? LeftOutReason { get; private set; }

    /// <summary>The start in the runner's time zone.</summary>
    public DateTime LocalStart { get; private set; }

    public TimeZoneInfo Zone => time.Zone;

    /// <summary>The chart series as JSON for charts.js (minutes; speed as the sport reads it: pace min/km on foot, km/h
    /// otherwise, min/100 m swimming; heart rate, cadence, power; null where not recorded). On foot, pace is null below
    /// 1.5 m/s (slower than about 11 min/km: standing or walking breaks, which would flatten the chart).</summary>
    public string ChartJson { get; private set; } = "{}";

    public bool HasHeartRate { get; private set; }

    public bool HasCadence { get; private set; }

    public bool HasPower { get; private set; }

    /// <summary>Errors of the last correction, by field (<c>sport</c>, <c>shoeId</c>).</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    [TempData]
    public string? Status { get; set; }

    /// <summary>The runner's distance unit: splits, pace and speed are per kilometre or per mile.</summary>
    public DistanceUnit Unit => User.DistanceUnit();

    /// <summary>One whole kilometre or mile (<see cref="Unit"/>) of the activity, numbered from 1.</summary>
    public sealed record Split(int Number, double Meters, double Seconds, double? HeartRate, double? Cadence);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostChangeAsync(Guid id, string? sport, Guid? shoeId, CancellationToken ct)
    {
        var outcome = await change.RunAsync(User.RequireId(), id, new ChangeActivity.Request(sport, shoeId), ct);
        if (!outcome.Found)
        {
            return NotFound();
        }

        if (!outcome.Saved)
        {
            Errors = outcome.Errors;
            foreach (var (field, messages) in outcome.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(field, message);
                }
            }

            await LoadAsync(id, ct);
            return Page();
        }

        Status = "Saved. Your weekly load now counts this activity as it is.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostShoeAsync(Guid id, Guid? shoeId, CancellationToken ct)
    {
        var outcome = await change.RunAsync(User.RequireId(), id, new ChangeActivity.Request(null, shoeId), ct);
        if (!outcome.Found)
        {
            return NotFound();
        }

        if (!outcome.Saved)
        {
            Errors = outcome.Errors;
            await LoadAsync(id, ct);
            return Page();
        }

        Status = shoeId is null ? "Shoe removed from this activity." : "Shoe saved for this activity.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        if (!await delete.RunAsync(User.RequireId(), id, ct))
        {
            return NotFound();
        }

        Status = "Activity deleted. Your weekly load no longer counts it.";
        return RedirectToPage("/History/Index");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var activity = await detail.FindAsync(User.RequireId(), id, ct);
        if (activity is null)
        {
            return false;
        }

        Activity = activity;
        LocalStart = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(activity.StartUtc, DateTimeKind.Utc), time.Zone);
        LeftOutReason = ActivitySanity.Check(
            activity.Sport, activity.DistanceMeters, TimeSpan.FromSeconds(activity.DurationSeconds), activity.SampleCount, activity.TimedSampleCount);
        Shoes = await shoes.AllAsync(Runner.Of(User), ct);
        var track = activity.Track is { } t ? TrackCodec.Decode(t.Data) : TrackData.Empty;
        HasHeartRate = track.HeartRateBpm.Any(v => !float.IsNaN(v));
        HasCadence = track.Cadence.Any(v => !float.IsNaN(v));
        HasPower = track.PowerWatts.Any(v => !float.IsNaN(v));
        Splits = LeftOutReason is null ? ComputeSplits(track, Unit.Meters()) : [];
        var sport = activity.Sport;
        ChartJson = JsonSerializer.Serialize(new
        {
            minutes = track.Seconds.Select(s => Math.Round(s / 60.0, 2)),
            speed = LeftOutReason is null ? track.SpeedMetersPerSecond.Select(v => Speed(sport, v, Unit)) : [],
            speedLabel = ChartSpeedLabel(sport, Unit),
            speedReversed = sport.IsOnFoot() || sport == Sport.Swimming,
            heartRate = track.HeartRateBpm.Select(v => float.IsNaN(v) ? (double?)null : Math.Round(v)),
            cadence = track.Cadence.Select(v => float.IsNaN(v) || v <= 0 ? (double?)null : Math.Round(v)),
            power = track.PowerWatts.Select(v => float.IsNaN(v) ? (double?)null : Math.Round(v)),
        });
        return true;
    }

    /// <summary>The chart's speed axis title for <paramref name="sport"/>.</summary>
    public static string ChartSpeedLabel(Sport sport, DistanceUnit unit) => sport switch
    {
        _ when sport.IsOnFoot() => $"Pace (min/{unit.Abbreviation()})",
        Sport.Swimming => "Pace (min/100 m)",
        _ => unit == DistanceUnit.Miles ? "Speed (mph)" : "Speed (km/h)",
    };

    private static double? Speed(Sport sport, float metersPerSecond, DistanceUnit unit)
    {
        if (float.IsNaN(metersPerSecond) || metersPerSecond <= 0)
        {
            return null;
        }

        if (sport.IsOnFoot())
        {
            return metersPerSecond is > 1.5f and < 15 ? Math.Round(unit.Meters() / 60.0 / metersPerSecond, 2) : null;
        }

        return sport == Sport.Swimming
            ? metersPerSecond > 0.2f ? Math.Round(100 / 60.0 / metersPerSecond, 2) : null
            : Math.Round(metersPerSecond * 3600 / unit.Meters(), 1);
    }

    /// <summary>Whole kilometres or miles (<paramref name="splitMeters"/> long) from the chart track (the last, partial
    /// one included when over 100 m).</summary>
    private static List<Split> ComputeSplits(TrackData track, double splitMeters)
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
            if (d - startMeters >= splitMeters)
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
