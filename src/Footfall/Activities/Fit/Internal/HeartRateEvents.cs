namespace Footfall.Activities.Fit.Internal;

/// <summary>
/// Heart rate recorded in <c>hr</c> messages (message 132) instead of in the records: HRM-Swim and HRM-Tri
/// store beats while out of reach of the watch, HRM plug-ins write them beside the records. Each message
/// carries up to eight beats (<c>filtered_bpm</c>) with their times (<c>event_timestamp</c>, 1/1024 s, or
/// its 12-bit packed form <c>event_timestamp_12</c>, accumulated), anchored by a message with a
/// <c>timestamp</c>. Merged into the records as Garmin's SDKs do (<c>mergeHeartRates</c>, FIT SDK
/// 21.x <c>utils-hr-mesg.js</c>): beats carried forward across gaps of up to 5 s in 0.25 s steps, and each
/// record given the rounded mean of the beats in the seconds since the previous record.
/// </summary>
internal sealed class HeartRateEvents
{
    private const byte FractionalTimestamp = 0;
    private const byte Time256 = 1;
    private const byte FilteredBpm = 6;
    private const byte EventTimestamp = 9;
    private const byte EventTimestamp12 = 10;
    private const double TicksPerSecond = 1024;

    /// <summary>event_timestamp wraps at 2³² / 1024 s.</summary>
    private const double Rollover = 0x400000;

    private readonly List<(double UnixSeconds, double Bpm)> _beats = [];

    // The accumulated event_timestamp, in 1/1024 s (FIT "accumulate" over 12-bit components).
    private long _accumulated;
    private long _lastRaw;
    private bool _haveAccumulator;
    private double? _anchorTime;
    private double _anchorEvent;

    /// <summary>Reads one <c>hr</c> message; beats before any anchor are dropped, as the SDK refuses them.</summary>
    public void Add(DecodePlan plan, ReadOnlySpan<byte> message, uint? timestamp)
    {
        Span<double> events = stackalloc double[16];
        var count = 0;
        if (plan.TryGetRaw(EventTimestamp, out var full))
        {
            var field = message.Slice(full.Offset, full.Size);
            for (var at = 0; at + 4 <= field.Length && count < events.Length; at += 4)
            {
                if (FitBaseType.TryReadUInt32(field[at..], plan.BigEndian, out var raw))
                {
                    _accumulated = _lastRaw = raw;
                    _haveAccumulator = true;
                    events[count++] = raw / TicksPerSecond;
                }
            }
        }
        else if (plan.TryGetRaw(EventTimestamp12, out var packed) && _haveAccumulator)
        {
            var field = message.Slice(packed.Offset, packed.Size);

            // Twelve bits each, least significant bit first.
            for (var bit = 0; bit + 12 <= field.Length * 8 && count < events.Length; bit += 12)
            {
                var value = 0;
                for (var b = 0; b < 12; b++)
                {
                    var at = bit + b;
                    value |= ((field[at >> 3] >> (at & 7)) & 1) << b;
                }

                _accumulated += (value - _lastRaw) & 0xFFF;
                _lastRaw = value;
                events[count++] = _accumulated / TicksPerSecond;
            }
        }

        if (timestamp is { } t)
        {
            if (count != 1)
            {
                return;
            }

            var fraction = 0.0;
            if (plan.TryGetRaw(FractionalTimestamp, out var frac)
                && FitBaseType.TryRead(message.Slice(frac.Offset, frac.Size), frac.BaseType, plan.BigEndian, out var f))
            {
                fraction = f / 32768;
            }
            else if (plan.TryGetRaw(Time256, out var t256)
                && FitBaseType.TryRead(message.Slice(t256.Offset, t256.Size), t256.BaseType, plan.BigEndian, out var f256))
            {
                fraction = f256 / 256;
            }

            _anchorTime = FitActivityBuilder.FitEpochUnixSeconds + t + fraction;
            _anchorEvent = events[0];
        }

        if (_anchorTime is not { } anchor || !plan.TryGetRaw(FilteredBpm, out var bpmField))
        {
            return;
        }

        var bpms = message.Slice(bpmField.Offset, bpmField.Size);
        if (bpms.Length != count)
        {
            return;
        }

        for (var i = 0; i < count; i++)
        {
            var e = events[i];
            if (e < _anchorEvent)
            {
                if (_anchorEvent - e <= Rollover)
                {
                    continue;
                }

                e += Rollover;
            }

            var time = anchor + (e - _anchorEvent);
            var bpm = bpms[i];
            if (_beats.Count > 0)
            {
                // Carry the previous beat forward across a gap, up to 5 s in 0.25 s steps.
                var (previousTime, previousBpm) = _beats[^1];
                var gap = Math.Abs(time - previousTime) * 1000;
                for (var step = 1; gap > 250 && step <= 20; step++, gap -= 250)
                {
                    _beats.Add((previousTime + (0.25 * step), previousBpm));
                }
            }

            _beats.Add((time, bpm == 0xFF ? double.NaN : bpm));
        }
    }

    /// <summary>Replaces the records' heart rate by the mean of the beats since the previous record. The beats
    /// of a whole chain count, as a swim's beats may come in a later link than its records.</summary>
    public void MergeInto(ActivitySamples samples)
    {
        if (_beats.Count == 0 || samples.Count == 0)
        {
            return;
        }

        var index = 0;
        double? rangeStart = null;
        for (var i = 0; i < samples.Count; i++)
        {
            var t = samples.TimeAt(i);
            if (t == ActivitySamples.NoTime)
            {
                continue;
            }

            double end = t;
            rangeStart ??= end;
            if (rangeStart == end)
            {
                rangeStart--;
                index = index >= 1 ? index - 1 : 0;
            }

            double sum = 0;
            var n = 0;
            while (index < _beats.Count)
            {
                var (time, bpm) = _beats[index];
                if (time > rangeStart && time <= end)
                {
                    if (!double.IsNaN(bpm))
                    {
                        sum += bpm;
                        n++;
                    }
                }
                else if (time > end)
                {
                    if (n > 0)
                    {
                        samples.SetHeartRate(i, Math.Floor((sum / n) + 0.5));
                    }

                    rangeStart = end;
                    break;
                }

                index++;
            }
        }
    }
}
