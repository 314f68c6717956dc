using System.Text.Json;

namespace Footfall.Activities.Export.Internal;

/// <summary>
/// Garmin Connect's <c>*_summarizedActivities.json</c> (<c>[{"summarizedActivitiesExport":[{...}]}]</c>),
/// reduced to start time (<c>startTimeGmt</c>, epoch milliseconds) and name, for joining FIT files (named
/// by upload id, not activity id) to their summaries by start time within ±5 s.
/// </summary>
internal sealed class GarminSummaries
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(5);

    private readonly List<(DateTimeOffset Start, string? Name)> _byStart = [];

    public int Count => _byStart.Count;

    /// <summary>Adds the summaries in one JSON file; malformed files add nothing (the FIT files still import).</summary>
    public void Add(byte[] json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
            foreach (var element in Walk(doc.RootElement))
            {
                if (element.TryGetProperty("startTimeGmt", out var start) && start.ValueKind == JsonValueKind.Number
                    && start.TryGetInt64(out var ms) && ms is > 0 and < 32_503_680_000_000)
                {
                    var name = element.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
                    _byStart.Add((DateTimeOffset.FromUnixTimeMilliseconds(ms), name));
                }
            }
        }
        catch (JsonException)
        {
            // A summary file we cannot read only costs the names.
        }

        _byStart.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>The name of the summary starting within ±5 s of <paramref name="start"/>, if any.</summary>
    public string? NameAt(DateTimeOffset? start)
    {
        if (start is not { } s || _byStart.Count == 0)
        {
            return null;
        }

        var lo = 0;
        var hi = _byStart.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_byStart[mid].Start < s - Tolerance)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return (_byStart[lo].Start - s).Duration() <= Tolerance ? _byStart[lo].Name : null;
    }

    /// <summary>The objects of <c>summarizedActivitiesExport</c> arrays, wherever they sit in the document.</summary>
    private static IEnumerable<JsonElement> Walk(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in root.EnumerateArray())
            {
                foreach (var e in Walk(child))
                {
                    yield return e;
                }
            }
        }
        else if (root.ValueKind == JsonValueKind.Object)
        {
            if (root.TryGetProperty("summarizedActivitiesExport", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var e in list.EnumerateArray())
                {
                    if (e.ValueKind == JsonValueKind.Object)
                    {
                        yield return e;
                    }
                }
            }
        }
    }
}
