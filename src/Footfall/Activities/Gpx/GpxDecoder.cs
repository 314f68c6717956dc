using System.Xml;
using Footfall.Activities.Internal;

namespace Footfall.Activities.Gpx;

/// <summary>
/// Decodes GPX 1.0 and 1.1 tracks (<see href="https://www.topografix.com/GPX/1/1/"/>) into one
/// <see cref="Activity"/> per file, all <c>trk</c> elements together: <c>ele</c>, <c>time</c>, GPX 1.0
/// <c>speed</c>, and Garmin TrackPointExtension v1/v2 <c>hr</c>, <c>cad</c> and <c>speed</c>. Distance
/// is the haversine sum within each <c>trkseg</c> (the gap between segments is not counted). Waypoints
/// and routes are plans, not activities: a file without a track gives an empty list. The sport comes
/// from <c>trk/type</c> ("running", "Run", ...); GPX has no laps. Refuses DTDs and inputs over the limit.
/// </summary>
public sealed class GpxDecoder : IActivityDecoder
{
    /// <summary>Default largest input, 64 MiB of XML (about 300,000 track points).</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    private readonly long _maxBytes;

    public GpxDecoder(long maxBytes = DefaultMaxBytes)
    {
        _maxBytes = maxBytes;
    }

    /// <inheritdoc/>
    public ActivityFormat Format => ActivityFormat.Gpx;

    /// <inheritdoc/>
    /// <exception cref="XmlActivityFormatException">Malformed XML, a DTD, a bad number or time, not a
    /// GPX document, or larger than the limit.</exception>
    public IReadOnlyList<Activity> Decode(Stream stream)
    {
        using var reader = SafeXml.Open(stream, _maxBytes, ActivityFormat.Gpx);
        return SafeXml.Guard(ActivityFormat.Gpx, reader, () => Read(reader));
    }

    private static List<Activity> Read(XmlReader reader)
    {
        reader.MoveToContent();
        if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "gpx")
        {
            var (line, column) = SafeXml.Position(reader);
            throw new XmlActivityFormatException(ActivityFormat.Gpx, $"root element is <{reader.LocalName}>, not <gpx>", line, column);
        }

        var samples = new List<ActivitySample>();
        var tracks = 0;
        string? type = null;
        var newSegment = true;
        double distance = 0;
        (double Lat, double Lon)? previous = null;

        // ReadText and ReadPoint leave the reader on the node after the element they read.
        var advanced = false;
        var topLevel = string.Empty;
        while (advanced || reader.Read())
        {
            advanced = false;
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.Depth == 1)
            {
                topLevel = reader.LocalName;
            }

            switch (reader.LocalName)
            {
                case "trk":
                    tracks++;
                    newSegment = true;
                    break;
                case "trkseg":
                    newSegment = true;
                    break;
                case "type" when reader.Depth == 2 && topLevel == "trk":
                    var text = SafeXml.ReadText(reader);
                    type ??= text;
                    advanced = true;
                    break;
                case "trkpt":
                    var point = ReadPoint(reader);
                    if (!newSegment && previous is { } p)
                    {
                        distance += Haversine.Meters(p.Lat, p.Lon, point.Latitude!.Value, point.Longitude!.Value);
                    }

                    newSegment = false;
                    previous = (point.Latitude!.Value, point.Longitude!.Value);
                    samples.Add(point with { DistanceMeters = distance });
                    advanced = true;
                    break;
                default:
                    break;
            }
        }

        if (tracks == 0)
        {
            return [];
        }

        var sport = SportNames.Parse(type);
        if (SportNames.IsOnFoot(sport))
        {
            // TrackPointExtension cad counts strides (one foot) a minute for running, as FIT does.
            for (var i = 0; i < samples.Count; i++)
            {
                if (samples[i].Cadence is { } c)
                {
                    samples[i] = samples[i] with { Cadence = c * 2 };
                }
            }
        }

        var times = samples.Where(s => s.Time is not null).Select(s => s.Time!.Value).ToList();
        DateTimeOffset? start = times.Count > 0 ? times.Min() : null;
        var duration = times.Count > 0 ? times.Max() - times.Min() : TimeSpan.Zero;
        return [new Activity(ActivityFormat.Gpx, sport, start, duration, distance, [], samples.ToArray())];
    }

    /// <summary>Reads a <c>trkpt</c> element and moves past it.</summary>
    private static ActivitySample ReadPoint(XmlReader reader)
    {
        var latText = reader.GetAttribute("lat");
        var lonText = reader.GetAttribute("lon");
        if (latText is null || lonText is null)
        {
            var (line, column) = SafeXml.Position(reader);
            throw new XmlActivityFormatException(ActivityFormat.Gpx, "trkpt without lat and lon", line, column);
        }

        var lat = SafeXml.ParseDouble(latText);
        var lon = SafeXml.ParseDouble(lonText);
        if (lat is < -90 or > 90 || lon is < -180 or > 180)
        {
            var (line, column) = SafeXml.Position(reader);
            throw new XmlActivityFormatException(ActivityFormat.Gpx, "trkpt lat or lon out of range", line, column);
        }

        DateTimeOffset? time = null;
        double? ele = null, speed = null, hr = null, cad = null;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return new ActivitySample(null, lat, lon, null, null, null, null, null);
        }

        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            switch (reader.LocalName)
            {
                case "ele":
                    ele = Number(SafeXml.ReadText(reader));
                    break;
                case "time":
                    time = SafeXml.ReadText(reader) is { Length: > 0 } t ? SafeXml.ParseTime(t) : null;
                    break;
                case "speed":
                    speed = Number(SafeXml.ReadText(reader));
                    break;
                case "hr":
                    hr = Number(SafeXml.ReadText(reader));
                    break;
                case "cad":
                    cad = Number(SafeXml.ReadText(reader));
                    break;
                default:
                    reader.Read();
                    break;
            }
        }

        reader.Read();
        return new ActivitySample(time, lat, lon, null, speed, hr, cad, ele);
    }

    private static double? Number(string text) => text.Length == 0 ? null : SafeXml.ParseDouble(text);
}
