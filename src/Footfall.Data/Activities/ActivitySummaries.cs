using Footfall.Activities;
using Footfall.Data.Entities;

namespace Footfall.Data.Activities;

/// <summary>Turns a decoded activity into the summary row the lists and training signals read.</summary>
internal static class ActivitySummaries
{
    /// <summary>The summary of <paramref name="activity"/>; id, owner and import time are left for the caller.</summary>
    public static ActivityRecord ToRecord(Activity activity, DateTimeOffset start, string contentHash, string sourceName, string? gearName)
    {
        double hrSum = 0, cadenceSum = 0, balanceSum = 0, powerSum = 0;
        int hrCount = 0, cadenceCount = 0, balanceCount = 0, powerCount = 0, timed = 0;
        foreach (var s in activity.Samples)
        {
            if (s.Time is not null)
            {
                timed++;
            }

            if (s.PowerWatts is >= 0 and < 3000 and var watts)
            {
                powerSum += watts;
                powerCount++;
            }

            if (s.HeartRateBpm is > 0 and < 255 and var hr)
            {
                hrSum += hr;
                hrCount++;
            }

            // Zero cadence is standing still (a traffic light), not a slow step rate.
            if (s.Cadence is > 0 and < 400 and var cadence)
            {
                cadenceSum += cadence;
                cadenceCount++;
            }

            if (s.StanceTimeBalanceLeftPercent is > 0 and < 100 and var balance)
            {
                balanceSum += balance;
                balanceCount++;
            }
        }

        double? averageHr = hrCount > 0 ? hrSum / hrCount : LapAverageHeartRate(activity.Laps);
        var name = sourceName.Length > 260 ? sourceName[^260..] : sourceName;
        return new ActivityRecord
        {
            OwnerId = string.Empty,
            Sport = activity.Sport,
            StartUtc = start.UtcDateTime,
            DurationSeconds = Duration(activity).TotalSeconds,
            DistanceMeters = double.IsFinite(activity.DistanceMeters) && activity.DistanceMeters > 0 ? activity.DistanceMeters : 0,
            AverageHeartRateBpm = averageHr,
            AverageCadenceSpm = cadenceCount > 0 ? cadenceSum / cadenceCount : null,
            StanceTimeBalanceLeftPercent = balanceCount > 0 ? balanceSum / balanceCount : null,
            SourceFormat = activity.Format.ToString().ToLowerInvariant(),
            SourceName = name,
            ContentHash = contentHash,
            GearName = gearName is { Length: > 0 } g ? (g.Length > 100 ? g[..100] : g).Trim() : null,
            SampleCount = activity.Samples.Count,
            TimedSampleCount = timed,
            AveragePowerWatts = powerCount > 0 ? powerSum / powerCount : null,
            DamageNote = activity.Damage is { } damage ? DamageNote(activity.Samples.Count, damage) : null,
        };
    }

    /// <summary>"Imported 14,391 records up to byte 403,437; the rest was damaged (...)."</summary>
    public static string DamageNote(int records, ActivityDamage damage)
    {
        ArgumentNullException.ThrowIfNull(damage);
        var note = string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"Imported {records:N0} records up to byte {damage.ByteOffset:N0}; the rest was damaged ({damage.Reason}).");
        return note.Length > 300 ? note[..299] + "…" : note;
    }

    /// <summary>Timer time (pauses excluded) when every lap has it, else the elapsed time.</summary>
    private static TimeSpan Duration(Activity activity)
    {
        if (activity.Laps.Count > 0 && activity.Laps.All(l => l.TimerTime is not null))
        {
            var timer = TimeSpan.Zero;
            foreach (var lap in activity.Laps)
            {
                timer += lap.TimerTime!.Value;
            }

            if (timer > TimeSpan.Zero)
            {
                return timer;
            }
        }

        return activity.Duration < TimeSpan.Zero ? TimeSpan.Zero : activity.Duration;
    }

    private static double? LapAverageHeartRate(IReadOnlyList<Lap> laps)
    {
        double weighted = 0, seconds = 0;
        foreach (var lap in laps)
        {
            if (lap.AverageHeartRateBpm is { } hr && lap.ElapsedTime > TimeSpan.Zero)
            {
                weighted += hr * lap.ElapsedTime.TotalSeconds;
                seconds += lap.ElapsedTime.TotalSeconds;
            }
        }

        return seconds > 0 ? weighted / seconds : null;
    }
}
