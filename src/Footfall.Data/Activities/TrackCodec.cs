using System.Buffers.Binary;
using System.IO.Compression;
using Footfall.Activities;

namespace Footfall.Data.Activities;

/// <summary>
/// Packs an activity's chart samples into one small blob and back. Layout (version 2), before
/// compression: byte version = 2, int32 little-endian point count n, then seven float32 little-endian
/// columns of n values each in <see cref="TrackData"/> order (version 1, still read, has six: no power). The whole is ZLib-compressed (RFC 1950).
/// A one-hour run at one sample a second packs into roughly 10–20 KB.
/// </summary>
public static class TrackCodec
{
    /// <summary>Most points kept per activity: enough for a chart a few thousand pixels wide.</summary>
    public const int MaxPoints = 1000;

    private const byte Version = 2;
    private const int Columns = 7;

    /// <summary>
    /// Downsamples <paramref name="samples"/> to at most <paramref name="maxPoints"/> points (each point the
    /// mean of a run of consecutive samples; distance and time the bucket's first) and packs them.
    /// Samples without a time are left out.
    /// </summary>
    /// <param name="samples">The decoded samples, in time order.</param>
    /// <param name="start">The activity's start; times are stored as offsets from it.</param>
    /// <param name="maxPoints">At most this many points, 1 or more.</param>
    public static byte[] Encode(IReadOnlyList<ActivitySample> samples, DateTimeOffset start, int maxPoints = MaxPoints)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPoints, 1);
        return Pack(Downsample(samples, start, maxPoints));
    }

    /// <summary>Packs already prepared columns (all of equal length).</summary>
    public static byte[] Pack(TrackData track)
    {
        ArgumentNullException.ThrowIfNull(track);
        var n = track.Count;
        var columns = new[] { track.Seconds, track.DistanceMeters, track.SpeedMetersPerSecond, track.HeartRateBpm, track.Cadence, track.AltitudeMeters, track.PowerWatts };
        if (columns.Any(c => c.Length != n))
        {
            throw new ArgumentException("every column must have the same length", nameof(track));
        }

        var raw = new byte[1 + 4 + (Columns * 4 * n)];
        raw[0] = Version;
        BinaryPrimitives.WriteInt32LittleEndian(raw.AsSpan(1), n);
        var offset = 5;
        foreach (var column in columns)
        {
            foreach (var value in column)
            {
                BinaryPrimitives.WriteSingleLittleEndian(raw.AsSpan(offset), value);
                offset += 4;
            }
        }

        using var output = new MemoryStream((raw.Length / 3) + 64);
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        return output.ToArray();
    }

    /// <summary>Unpacks a blob written by <see cref="Encode"/> or <see cref="Pack"/>.</summary>
    /// <exception cref="InvalidDataException">The blob is damaged or of an unknown version.</exception>
    public static TrackData Decode(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var input = new ZLibStream(new MemoryStream(data, writable: false), CompressionMode.Decompress);
        Span<byte> head = stackalloc byte[5];
        input.ReadExactly(head);
        if (head[0] is not (1 or Version))
        {
            throw new InvalidDataException($"track data version {head[0]} is not supported");
        }

        var n = BinaryPrimitives.ReadInt32LittleEndian(head[1..]);
        if (n is < 0 or > MaxPoints * 100)
        {
            throw new InvalidDataException($"track data claims {n} points");
        }

        var bytes = new byte[4 * n];
        var stored = head[0] == 1 ? Columns - 1 : Columns;
        var columns = new float[Columns][];
        columns[Columns - 1] = new float[n];
        Array.Fill(columns[Columns - 1], float.NaN);
        for (var c = 0; c < stored; c++)
        {
            input.ReadExactly(bytes);
            var column = new float[n];
            for (var i = 0; i < n; i++)
            {
                column[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(4 * i));
            }

            columns[c] = column;
        }

        return new TrackData(columns[0], columns[1], columns[2], columns[3], columns[4], columns[5], columns[6]);
    }

    /// <summary>Bucket means of consecutive timed samples; see <see cref="Encode"/>.</summary>
    public static TrackData Downsample(IReadOnlyList<ActivitySample> samples, DateTimeOffset start, int maxPoints = MaxPoints)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var timed = 0;
        for (var i = 0; i < samples.Count; i++)
        {
            if (samples[i].Time is not null)
            {
                timed++;
            }
        }

        if (timed == 0)
        {
            return TrackData.Empty;
        }

        var points = Math.Min(timed, maxPoints);
        var seconds = new float[points];
        var distance = new float[points];
        var speed = new Bucket(points);
        var heartRate = new Bucket(points);
        var cadence = new Bucket(points);
        var altitude = new Bucket(points);
        var power = new Bucket(points);
        Array.Fill(distance, float.NaN);

        var k = 0;
        for (var i = 0; i < samples.Count; i++)
        {
            var s = samples[i];
            if (s.Time is not { } time)
            {
                continue;
            }

            // Invariant: 0 <= p < points, and p is non-decreasing in k, so each bucket is a run of consecutive samples.
            var p = (int)((long)k * points / timed);
            if (k == 0 || p != (int)((long)(k - 1) * points / timed))
            {
                seconds[p] = (float)(time - start).TotalSeconds;
            }

            if (float.IsNaN(distance[p]) && s.DistanceMeters is { } d)
            {
                distance[p] = (float)d;
            }

            speed.Add(p, s.SpeedMetersPerSecond);
            heartRate.Add(p, s.HeartRateBpm);
            cadence.Add(p, s.Cadence);
            altitude.Add(p, s.AltitudeMeters);
            power.Add(p, s.PowerWatts);
            k++;
        }

        return new TrackData(seconds, distance, speed.Means(), heartRate.Means(), cadence.Means(), altitude.Means(), power.Means());
    }

    private readonly struct Bucket(int points)
    {
        private readonly double[] _sum = new double[points];
        private readonly int[] _count = new int[points];

        public void Add(int point, double? value)
        {
            if (value is { } v && double.IsFinite(v))
            {
                _sum[point] += v;
                _count[point]++;
            }
        }

        public float[] Means()
        {
            var means = new float[_sum.Length];
            for (var i = 0; i < means.Length; i++)
            {
                means[i] = _count[i] == 0 ? float.NaN : (float)(_sum[i] / _count[i]);
            }

            return means;
        }
    }
}
