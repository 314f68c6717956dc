namespace Footfall.Activities;

/// <summary>
/// The samples of an activity stored column by column (one array per measurement, NaN for "not
/// recorded", no array at all for a measurement the file never has), read as a list of
/// <see cref="ActivitySample"/>. About 64 bytes a sample instead of 220 for a list of structs, which
/// matters for 10⁴–10⁶ samples per file. Immutable once built.
/// </summary>
public sealed class ActivitySamples : IReadOnlyList<ActivitySample>
{
    /// <summary>Column order of the internal constructor.</summary>
    internal const int Latitude = 0;
    internal const int Longitude = 1;
    internal const int Distance = 2;
    internal const int Speed = 3;
    internal const int HeartRate = 4;
    internal const int Cadence = 5;
    internal const int Altitude = 6;
    internal const int StanceTime = 7;
    internal const int StanceTimeBalance = 8;
    internal const int VerticalOscillation = 9;
    internal const int VerticalRatio = 10;
    internal const int StepLength = 11;
    internal const int Power = 12;
    internal const int ColumnCount = 13;

    /// <summary>Marks a sample without a time in the time column.</summary>
    internal const long NoTime = long.MinValue;

    private readonly int _count;
    private readonly long[]? _unixSeconds;
    private readonly double[]?[] _columns;

    /// <summary>Takes ownership of the arrays; each non-null one has at least <paramref name="count"/> elements.</summary>
    internal ActivitySamples(int count, long[]? unixSeconds, double[]?[] columns)
    {
        _count = count;
        _unixSeconds = unixSeconds;
        _columns = columns;
    }

    public static ActivitySamples Empty { get; } = new(0, null, new double[]?[ColumnCount]);

    public int Count => _count;

    public ActivitySample this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            var t = _unixSeconds is { } times && times[index] != NoTime
                ? DateTimeOffset.FromUnixTimeSeconds(times[index])
                : (DateTimeOffset?)null;
            return new ActivitySample(
                t,
                Get(Latitude, index),
                Get(Longitude, index),
                Get(Distance, index),
                Get(Speed, index),
                Get(HeartRate, index),
                Get(Cadence, index),
                Get(Altitude, index),
                Get(StanceTime, index),
                Get(StanceTimeBalance, index),
                Get(VerticalOscillation, index),
                Get(VerticalRatio, index),
                Get(StepLength, index),
                Get(Power, index));
        }
    }

    public IEnumerator<ActivitySample> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The time of row <paramref name="index"/> as Unix seconds, or <see cref="NoTime"/>.</summary>
    internal long TimeAt(int index) => _unixSeconds is { } times ? times[index] : NoTime;

    /// <summary>A copy with every cadence multiplied by <paramref name="factor"/> (strides to steps and back).</summary>
    internal ActivitySamples WithCadenceScaled(double factor)
    {
        var columns = (double[]?[])_columns.Clone();
        if (columns[Cadence] is { } c)
        {
            var scaled = new double[_count];
            for (var i = 0; i < _count; i++)
            {
                scaled[i] = c[i] * factor;
            }

            columns[Cadence] = scaled;
        }

        return new ActivitySamples(_count, _unixSeconds, columns);
    }

    /// <summary>Sets a heart rate while the decoder still owns the samples (merging FIT <c>hr</c> messages).</summary>
    internal void SetHeartRate(int index, double bpm)
    {
        if (_columns[HeartRate] is not { } column)
        {
            column = new double[_count];
            column.AsSpan().Fill(double.NaN);
            _columns[HeartRate] = column;
        }

        column[index] = bpm;
    }

    private double? Get(int column, int index) =>
        _columns[column] is { } c && !double.IsNaN(c[index]) ? c[index] : null;
}
