namespace Footfall.Care.Booking;

/// <summary>
/// Busy times sorted by start with the running maximum of their ends, so "does [start, end) overlap
/// anything?" costs one binary search however many bookings there are.
/// </summary>
internal sealed class BusyIndex
{
    private readonly BusyTime[] _byStart;

    // Invariant: _maxEnd[i] is the latest End among _byStart[0..i].
    private readonly DateTimeOffset[] _maxEnd;

    private BusyIndex(BusyTime[] byStart)
    {
        _byStart = byStart;
        _maxEnd = new DateTimeOffset[byStart.Length];
        for (var i = 0; i < byStart.Length; i++)
        {
            _maxEnd[i] = i == 0 || byStart[i].End > _maxEnd[i - 1] ? byStart[i].End : _maxEnd[i - 1];
        }
    }

    public static BusyIndex Of(IEnumerable<BusyTime> busy) => new(busy.OrderBy(b => b.Start).ToArray());

    public bool Overlaps(DateTimeOffset start, DateTimeOffset end)
    {
        // Entries starting at or after `end` cannot overlap; of the rest, one overlaps iff the latest end is after `start`.
        var (low, high) = (0, _byStart.Length);
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (_byStart[mid].Start < end)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low > 0 && _maxEnd[low - 1] > start;
    }
}
