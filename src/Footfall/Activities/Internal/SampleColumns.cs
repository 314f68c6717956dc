namespace Footfall.Activities.Internal;

/// <summary>Growable columns behind <see cref="ActivitySamples"/>; a column is created the first time
/// it gets a value (earlier rows filled with NaN), so absent measurements cost nothing.</summary>
internal sealed class SampleColumns
{
    private const int InitialCapacity = 64;

    private long[] _times = new long[InitialCapacity];
    private double[]?[] _columns = new double[]?[ActivitySamples.ColumnCount];
    private int _count;

    public int Count => _count;

    /// <summary>Appends a row; returns its index. Set its values with <see cref="Set"/>.</summary>
    public int Add(long unixSecondsOrNoTime)
    {
        if (_count == _times.Length)
        {
            Grow();
        }

        _times[_count] = unixSecondsOrNoTime;
        return _count++;
    }

    /// <summary>Sets a value of row <paramref name="row"/>; NaN leaves it absent.</summary>
    public void Set(int column, int row, double value)
    {
        var c = _columns[column];
        if (c is null)
        {
            if (double.IsNaN(value))
            {
                return;
            }

            c = new double[_times.Length];
            c.AsSpan().Fill(double.NaN);
            _columns[column] = c;
        }

        c[row] = value;
    }

    public double Get(int column, int row) => _columns[column] is { } c ? c[row] : double.NaN;

    public long TimeAt(int row) => _times[row];

    public void SetTime(int row, long unixSecondsOrNoTime) => _times[row] = unixSecondsOrNoTime;

    /// <summary>Multiplies every value of a column (cadence strides to steps).</summary>
    public void Scale(int column, double factor)
    {
        if (_columns[column] is { } c)
        {
            for (var i = 0; i < _count; i++)
            {
                c[i] *= factor;
            }
        }
    }

    /// <summary>Hands the columns over and starts empty.</summary>
    public ActivitySamples Build()
    {
        if (_count == 0)
        {
            return ActivitySamples.Empty;
        }

        var built = new ActivitySamples(_count, _times, _columns);
        _times = new long[InitialCapacity];
        _columns = new double[]?[ActivitySamples.ColumnCount];
        _count = 0;
        return built;
    }

    private void Grow()
    {
        var capacity = _times.Length * 2;
        Array.Resize(ref _times, capacity);
        for (var i = 0; i < _columns.Length; i++)
        {
            if (_columns[i] is { } c)
            {
                var old = c.Length;
                Array.Resize(ref c, capacity);
                c.AsSpan(old).Fill(double.NaN);
                _columns[i] = c;
            }
        }
    }
}
