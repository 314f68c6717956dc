using Footfall.Activities.Internal;

namespace Footfall.Activities.Fit.Internal;

/// <summary>
/// Collects the messages of one FIT file (one link of a chain) and turns them into an
/// <see cref="Activity"/>. Values arrive already scaled in a scratch array where NaN means absent.
/// </summary>
internal sealed class FitActivityBuilder
{
    /// <summary>FIT epoch 1989-12-31T00:00:00Z as Unix seconds (FIT protocol 2.0, <c>date_time</c>).</summary>
    public const long FitEpochUnixSeconds = 631_065_600;

    /// <summary>A <c>date_time</c> below this is system time, seconds since the device was switched on, not a
    /// date (FIT profile, <c>date_time</c>: "if less than 0x10000000 ... system time").</summary>
    public const uint SystemTimeLimit = 0x10000000;

    private const double DegreesPerSemicircle = 180.0 / 2147483648.0;
    private const int FileTypeActivity = 4;
    private const int SportTransition = 3;

    /// <summary>Above this many sessions, cadence is doubled by the activity's overall sport instead
    /// of per session, keeping the pass linear on hostile input.</summary>
    private const int MaxSessionsForPerSessionCadence = 64;

    private readonly int _maxItems;
    private readonly SampleColumns _samples = new();
    private readonly List<LapSummary> _laps = [];
    private readonly List<SessionSummary> _sessions = [];
    private readonly HeartRateEvents _heartRates;
    private int _itemCount;
    private int _fileType = -1;
    private uint? _timeCreated;
    private int _sportMessageSport = -1;
    private TimeSpan? _utcOffset;

    // System time (date_time below 0x10000000: seconds since the device was switched on).
    private long? _correlationOffset;
    private uint? _firstSystemTime;

    // record field 8 compressed_speed_distance: 12-bit rolling distance in 1/16 m (FIT "accumulate").
    private double _accumulatedDistance;
    private int _lastDistanceRaw;

    public FitActivityBuilder(int maxItems, HeartRateEvents heartRates)
    {
        _maxItems = maxItems;
        _heartRates = heartRates;
    }

    public void OnFileId(ReadOnlySpan<double> v)
    {
        if (!double.IsNaN(v[FieldSlot.FileType]))
        {
            _fileType = EnumValue(v[FieldSlot.FileType]);
        }

        if (!double.IsNaN(v[FieldSlot.TimeCreated]))
        {
            _timeCreated = Raw(v[FieldSlot.TimeCreated]);
        }
    }

    public void OnSport(ReadOnlySpan<double> v)
    {
        if (!double.IsNaN(v[FieldSlot.SportSport]))
        {
            _sportMessageSport = EnumValue(v[FieldSlot.SportSport]);
        }
    }

    /// <summary>The activity message's local_timestamp minus its timestamp is the UTC offset; kept
    /// when it is a whole quarter hour within ±14 h, as real zones are.</summary>
    public void OnActivity(ReadOnlySpan<double> v, uint? timestamp)
    {
        if (timestamp is { } utc && Raw(v[FieldSlot.LocalTimestamp]) is { } local)
        {
            var offset = (long)local - utc;
            if (offset is >= -14 * 3600 and <= 14 * 3600 && offset % 900 == 0)
            {
                _utcOffset = TimeSpan.FromSeconds(offset);
            }
        }
    }

    public void OnSession(ReadOnlySpan<double> v, uint? timestamp, long offset)
    {
        CountItem(offset);
        var elapsedSeconds = Seconds(v[FieldSlot.TotalElapsedTime]);
        _sessions.Add(new SessionSummary(
            StartOf(v, timestamp, elapsedSeconds),
            EnumValue(v[FieldSlot.SessionSport]),
            elapsedSeconds,
            Seconds(v[FieldSlot.TotalTimerTime]),
            Nullable(v[FieldSlot.TotalDistance])));
    }

    public void OnLap(ReadOnlySpan<double> v, uint? timestamp, long offset)
    {
        CountItem(offset);
        var elapsed = Seconds(v[FieldSlot.TotalElapsedTime]);
        _laps.Add(new LapSummary(
            StartOf(v, timestamp, elapsed),
            elapsed,
            Seconds(v[FieldSlot.TotalTimerTime]),
            Nullable(v[FieldSlot.TotalDistance]),
            Nullable(v[FieldSlot.AverageHeartRate])));
    }

    /// <summary>A <c>timestamp_correlation</c> message: UTC <c>timestamp</c> against <c>system_timestamp</c>
    /// anchors system times.</summary>
    public void OnTimestampCorrelation(ReadOnlySpan<double> v, uint? timestamp)
    {
        if (timestamp is { } utc and >= SystemTimeLimit && Raw(v[FieldSlot.SystemTimestamp]) is { } system)
        {
            _correlationOffset = (long)utc - system;
        }
    }

    /// <summary>An <c>hr</c> message (heart rate recorded apart from the records, HRM-Swim/Tri and HRM plug-ins).</summary>
    public void OnHr(DecodePlan plan, ReadOnlySpan<byte> message, uint? timestamp, long offset)
    {
        CountItem(offset);
        _heartRates.Add(plan, message, timestamp);
    }

    public void OnRecord(ReadOnlySpan<double> v, uint? timestamp, long offset)
    {
        CountItem(offset);
        var speed = v[FieldSlot.EnhancedSpeed];
        if (double.IsNaN(speed))
        {
            speed = v[FieldSlot.Speed];
        }

        var altitude = v[FieldSlot.EnhancedAltitude];
        if (double.IsNaN(altitude))
        {
            altitude = v[FieldSlot.Altitude];
        }

        var distance = v[FieldSlot.Distance];
        if (!double.IsNaN(v[FieldSlot.CompressedDistanceRaw]))
        {
            // Invariant: the raw value is a 12-bit integer (0..4095), decoded by the parser.
            var raw = (int)v[FieldSlot.CompressedDistanceRaw];
            _accumulatedDistance += ((raw - _lastDistanceRaw) & 0xFFF) / 16.0;
            _lastDistanceRaw = raw;
            if (double.IsNaN(distance))
            {
                distance = _accumulatedDistance;
            }

            if (double.IsNaN(speed))
            {
                speed = v[FieldSlot.CompressedSpeed];
            }
        }

        var cadence = v[FieldSlot.Cadence];
        if (!double.IsNaN(cadence) && !double.IsNaN(v[FieldSlot.FractionalCadence]))
        {
            cadence += v[FieldSlot.FractionalCadence];
        }

        if (timestamp is < SystemTimeLimit and var system)
        {
            _firstSystemTime ??= system;
        }

        var row = _samples.Add(timestamp is { } ts ? FitEpochUnixSeconds + ts : ActivitySamples.NoTime);
        _samples.Set(ActivitySamples.Latitude, row, v[FieldSlot.Latitude] * DegreesPerSemicircle);
        _samples.Set(ActivitySamples.Longitude, row, v[FieldSlot.Longitude] * DegreesPerSemicircle);
        _samples.Set(ActivitySamples.Distance, row, distance);
        _samples.Set(ActivitySamples.Speed, row, speed);
        _samples.Set(ActivitySamples.HeartRate, row, v[FieldSlot.HeartRate]);
        _samples.Set(ActivitySamples.Cadence, row, cadence);
        _samples.Set(ActivitySamples.Altitude, row, altitude);
        _samples.Set(ActivitySamples.StanceTime, row, v[FieldSlot.StanceTime]);
        _samples.Set(ActivitySamples.StanceTimeBalance, row, v[FieldSlot.StanceTimeBalance]);
        _samples.Set(ActivitySamples.VerticalOscillation, row, v[FieldSlot.VerticalOscillation]);
        _samples.Set(ActivitySamples.VerticalRatio, row, v[FieldSlot.VerticalRatio]);
        _samples.Set(ActivitySamples.StepLength, row, v[FieldSlot.StepLength]);
        _samples.Set(ActivitySamples.Power, row, v[FieldSlot.Power]);
    }

    /// <summary>Adds the activity of the file just read to <paramref name="into"/> (when it is one)
    /// and resets for the next file of a chain; true when an activity was added.</summary>
    /// <param name="into">The activities decoded so far.</param>
    /// <param name="damage">Set when the file was damaged and what was read before the damage is kept.</param>
    public bool Complete(List<Activity> into, ActivityDamage? damage)
    {
        var isActivity = _fileType == FileTypeActivity
            || (_fileType < 0 && (_samples.Count > 0 || _sessions.Count > 0));
        if (damage is not null)
        {
            // A damaged link counts only when something was read from it.
            isActivity = _samples.Count > 0 || _sessions.Count > 0;
        }

        if (isActivity)
        {
            into.Add(Build() with { Damage = damage });
        }
        else
        {
            _samples.Build();
        }

        _laps.Clear();
        _sessions.Clear();
        _fileType = -1;
        _timeCreated = null;
        _sportMessageSport = -1;
        _utcOffset = null;
        _correlationOffset = null;
        _firstSystemTime = null;
        _accumulatedDistance = 0;
        _lastDistanceRaw = 0;
        return isActivity;
    }

    public static DateTimeOffset ToTime(uint fitSeconds) =>
        DateTimeOffset.FromUnixTimeSeconds(FitEpochUnixSeconds + fitSeconds);

    private static Sport MapSport(int fitSport) => fitSport switch
    {
        < 0 => Sport.Unknown,
        1 => Sport.Running,
        2 => Sport.Cycling,
        5 => Sport.Swimming,
        11 => Sport.Walking,
        17 => Sport.Hiking,
        18 => Sport.Multisport,
        _ => Sport.Other,
    };


    private static double? Nullable(double v) => double.IsNaN(v) ? null : v;

    /// <summary>A uint32 such as a <c>date_time</c>; null when absent or out of range (a definition may
    /// declare any base type for a field, so the value is range-checked before the cast).</summary>
    private static uint? Raw(double v) => v is >= 0 and <= uint.MaxValue ? (uint)v : null;

    /// <summary>A lap's or session's <c>start_time</c>; without one, its <c>timestamp</c> (which marks
    /// the end) minus its elapsed time.</summary>
    private static uint? StartOf(ReadOnlySpan<double> v, uint? timestamp, double? elapsedSeconds)
    {
        if (Raw(v[FieldSlot.StartTime]) is { } start)
        {
            return start;
        }

        if (timestamp is { } end && elapsedSeconds is { } e && end - (long)e is >= 0 and var s)
        {
            return (uint)s;
        }

        return timestamp;
    }

    private static int EnumValue(double v) => v is >= 0 and <= 255 ? (int)v : -1;

    /// <summary>A duration in seconds; null when absent, negative or above 10⁸ s (about three years).</summary>
    private static double? Seconds(double v) => v is >= 0 and <= 1e8 ? v : null;

    private void CountItem(long offset)
    {
        if (++_itemCount > _maxItems)
        {
            throw new FitFormatException($"more than {_maxItems} records, laps and sessions", offset);
        }
    }

    private Activity Build()
    {
        var sport = OverallSport();
        var anchor = SystemTimeAnchor();
        if (_firstSystemTime is not null)
        {
            AnchorSampleTimes(anchor);
        }

        DateTimeOffset? firstSampleTime = null;
        DateTimeOffset? lastSampleTime = null;
        double? lastDistance = null;
        for (var i = 0; i < _samples.Count; i++)
        {
            if (_samples.TimeAt(i) is var t and not ActivitySamples.NoTime)
            {
                firstSampleTime ??= DateTimeOffset.FromUnixTimeSeconds(t);
                lastSampleTime = DateTimeOffset.FromUnixTimeSeconds(t);
            }

            if (_samples.Get(ActivitySamples.Distance, i) is var d && !double.IsNaN(d))
            {
                lastDistance = d;
            }
        }

        DateTimeOffset? start = null;
        double? elapsed = null;
        double? distance = null;
        double? timer = null;
        foreach (var session in _sessions)
        {
            if (session.TimerSeconds is { } ts)
            {
                timer = (timer ?? 0) + ts;
            }

            if (Anchored(session.Start, anchor) is { } st && (start is null || st < start))
            {
                start = st;
            }

            if (session.ElapsedSeconds is { } e)
            {
                elapsed = (elapsed ?? 0) + e;
            }

            if (session.DistanceMeters is { } d)
            {
                distance = (distance ?? 0) + d;
            }
        }

        start ??= firstSampleTime ?? Anchored(_timeCreated, anchor);
        var duration = elapsed is { } el
            ? TimeSpan.FromSeconds(el)
            : firstSampleTime is { } f && lastSampleTime is { } l ? l - f : TimeSpan.Zero;
        var laps = new Lap[_laps.Count];
        for (var i = 0; i < laps.Length; i++)
        {
            var lap = _laps[i];
            laps[i] = new Lap(
                Anchored(lap.Start, anchor),
                lap.ElapsedSeconds is { } e ? TimeSpan.FromSeconds(e) : TimeSpan.Zero,
                lap.TimerSeconds is { } t ? TimeSpan.FromSeconds(t) : null,
                lap.DistanceMeters,
                lap.AverageHeartRateBpm);
        }

        return new Activity(
            ActivityFormat.Fit,
            sport,
            start,
            duration,
            distance ?? lastDistance ?? 0,
            laps,
            SamplesWithStepCadence(sport, anchor))
        {
            TimerTime = timer is { } tt ? TimeSpan.FromSeconds(tt) : null,
            UtcOffset = _utcOffset,
        };
    }

    /// <summary>Seconds to add to a system time to make it a FIT date: from a <c>timestamp_correlation</c>,
    /// else from the file's creation time (when that is a date) against the first system time; null when
    /// neither says, and system times are then dropped rather than read as dates in 1990.</summary>
    private long? SystemTimeAnchor()
    {
        if (_correlationOffset is { } correlated)
        {
            return correlated;
        }

        return _timeCreated is { } created and >= SystemTimeLimit && _firstSystemTime is { } first ? (long)created - first : null;
    }

    /// <summary>A FIT <c>date_time</c> as an instant: dates as they are, system times moved by the anchor
    /// (or null without one).</summary>
    private static DateTimeOffset? Anchored(uint? raw, long? anchor) => raw switch
    {
        null => null,
        >= SystemTimeLimit => ToTime(raw.Value),
        _ when anchor is { } a && raw.Value + a is >= SystemTimeLimit and <= uint.MaxValue and var fixedTime => ToTime((uint)fixedTime),
        _ => null,
    };

    private void AnchorSampleTimes(long? anchor)
    {
        const long Limit = FitEpochUnixSeconds + SystemTimeLimit;
        for (var i = 0; i < _samples.Count; i++)
        {
            var t = _samples.TimeAt(i);
            if (t != ActivitySamples.NoTime && t < Limit)
            {
                _samples.SetTime(i, Anchored((uint)(t - FitEpochUnixSeconds), anchor) is { } fixedTime ? fixedTime.ToUnixTimeSeconds() : ActivitySamples.NoTime);
            }
        }
    }

    private Sport OverallSport()
    {
        if (_sessions.Count == 0)
        {
            return MapSport(_sportMessageSport);
        }

        var first = -1;
        foreach (var session in _sessions)
        {
            if (session.Sport < 0 || session.Sport == SportTransition)
            {
                continue;
            }

            if (first < 0)
            {
                first = session.Sport;
            }
            else if (session.Sport != first)
            {
                return Sport.Multisport;
            }
        }

        return MapSport(first >= 0 ? first : _sportMessageSport);
    }

    /// <summary>FIT running cadence counts strides (one foot) a minute; double it to steps a minute
    /// for samples that fall in an on-foot session (or for the whole file when sessions do not say).
    /// Then hands the columns over.</summary>
    private ActivitySamples SamplesWithStepCadence(Sport sport, long? anchor)
    {
        var perSession = _sessions.Count is > 1 and <= MaxSessionsForPerSessionCadence;
        if (perSession || sport.IsOnFoot())
        {
            for (var i = 0; i < _samples.Count; i++)
            {
                var c = _samples.Get(ActivitySamples.Cadence, i);
                if (!double.IsNaN(c) && (!perSession || IsOnFootAt(_samples.TimeAt(i), anchor)))
                {
                    _samples.Set(ActivitySamples.Cadence, i, c * 2);
                }
            }
        }

        return _samples.Build();
    }

    private bool IsOnFootAt(long unixSeconds, long? anchor)
    {
        if (unixSeconds == ActivitySamples.NoTime)
        {
            return false;
        }

        var t = DateTimeOffset.FromUnixTimeSeconds(unixSeconds);
        foreach (var session in _sessions)
        {
            if (Anchored(session.Start, anchor) is { } from && session.ElapsedSeconds is { } e)
            {
                if (t >= from && t <= from.AddSeconds(e))
                {
                    return MapSport(session.Sport).IsOnFoot();
                }
            }
        }

        return false;
    }

    private readonly record struct LapSummary(uint? Start, double? ElapsedSeconds, double? TimerSeconds, double? DistanceMeters, double? AverageHeartRateBpm);

    private readonly record struct SessionSummary(uint? Start, int Sport, double? ElapsedSeconds, double? TimerSeconds, double? DistanceMeters);
}
