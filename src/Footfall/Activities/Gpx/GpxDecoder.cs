using System.Xml;
using Footfall.Activities.Internal;

namespace Footfall.Activities.Gpx;

/// <summary>
/// Decodes GPX 1.0 and 1.1 tracks (<see href="https://www.topografix.com/GPX/1/1/"/>) into one
/// <see cref="Activity"/> per file, all <c>trk</c> elements together: <c>ele</c>, <c>time</c>, GPX 1.0
/// <c>speed</c>, Garmin TrackPointExtension v1/v2 <c>hr</c>, <c>cad</c> and <c>speed</c>, and <c>power</c>. Distance
/// is the haversine sum within each <c>trkseg</c> (the gap between segments is not counted). Waypoints
/// and routes are plans, not activities: a file without a track gives an empty list. The sport comes
/// from <c>trk/type</c>: a name ("running", "Run", ...) or Strava's numeric code (9 run, 1 ride, 16 swim ...);
/// GPX has no laps. Streams: memory grows with the points kept (at most the sample cap), not with the file.
/// Refuses DTDs, inputs over the limit and files with more points than the cap.
/// </summary>
public sealed class GpxDecoder : IActivityDecoder
{
    /// <summary>Default largest input, 64 MiB of XML (about 300,000 track points).</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    private readonly long _maxBytes;
    private readonly int _maxSamples;

    /// <param name="maxBytes">Largest input accepted, bytes.</param>
    /// <param name="maxSamples">Most track points accepted; the FIT decoder's cap by default.</param>
    public GpxDecoder(long maxBytes = DefaultMaxBytes, int maxSamples = ActivityDecoders.MaxSamples)
    {
        _maxBytes = maxBytes;
        _maxSamples = maxSamples;
    }

    /// <inheritdoc/>
    public ActivityFormat Format => ActivityFormat.Gpx;

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".gpx"];

    /// <inheritdoc/>
    public bool Recognises(ReadOnlySpan<byte> head) => head.IndexOf("<gpx"u8) >= 0 || head.IndexOf(":gpx "u8) >= 0;

    /// <inheritdoc/>
    /// <exception cref="XmlActivityFormatException">Malformed XML, a DTD, a bad number or time, not a
    /// GPX document, more points than the cap, or larger than the limit.</exception>
    public IReadOnlyList<Activity> Decode(Stream stream)
    {
        using var reader = SafeXml.Open(stream, _maxBytes, ActivityFormat.Gpx);
        return SafeXml.Guard(ActivityFormat.Gpx, reader, () => Read(reader));
    }

    private List<Activity> Read(XmlReader reader)
    {
        reader.MoveToContent();
        if (reader.NodeType != XmlNodeType.Element || SafeXml.Name(reader) != "gpx")
        {
            var (line, column) = SafeXml.Position(reader);
            throw new XmlActivityFormatException(ActivityFormat.Gpx, $"root element is <{reader.LocalName}>, not <gpx>", line, column);
        }

        var samples = new SampleColumns();
        var tracks = 0;
        string? type = null;
        var newSegment = true;
        double distance = 0;
        double previousLat = 0, previousLon = 0;
        long first = long.MaxValue, last = long.MinValue;

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

            var name = SafeXml.Name(reader);
            if (reader.Depth == 1)
            {
                topLevel = name;
            }

            switch (name)
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
                    if (samples.Count >= _maxSamples)
                    {
                        var (line, column) = SafeXml.Position(reader);
                        throw new XmlActivityFormatException(ActivityFormat.Gpx, $"more than {_maxSamples} track points", line, column);
                    }

                    var (lat, lon) = ReadPoint(reader, samples);
                    if (!newSegment)
                    {
                        distance += Haversine.Meters(previousLat, previousLon, lat, lon);
                    }

                    newSegment = false;
                    (previousLat, previousLon) = (lat, lon);
                    var row = samples.Count - 1;
                    samples.Set(ActivitySamples.Distance, row, distance);
                    if (samples.TimeAt(row) is var t and not ActivitySamples.NoTime)
                    {
                        first = Math.Min(first, t);
                        last = Math.Max(last, t);
                    }

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
        if (sport.IsOnFoot())
        {
            // TrackPointExtension cad counts strides (one foot) a minute for running, as FIT does.
            samples.Scale(ActivitySamples.Cadence, 2);
        }

        DateTimeOffset? start = first != long.MaxValue ? DateTimeOffset.FromUnixTimeSeconds(first) : null;
        var duration = first != long.MaxValue ? TimeSpan.FromSeconds(last - first) : TimeSpan.Zero;
        return [new Activity(ActivityFormat.Gpx, sport, start, duration, distance, [], samples.Build())];
    }

    /// <summary>Reads a <c>trkpt</c> element into a new row of <paramref name="samples"/> and moves past it.</summary>
    private static (double Lat, double Lon) ReadPoint(XmlReader reader, SampleColumns samples)
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

        long time = ActivitySamples.NoTime;
        double ele = double.NaN, speed = double.NaN, hr = double.NaN, cad = double.NaN, power = double.NaN;
        if (reader.IsEmptyElement)
        {
            reader.Read();
        }
        else
        {
            var depth = reader.Depth;
            reader.Read();
            while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                    continue;
                }

                switch (SafeXml.Name(reader))
                {
                    case "ele":
                        ele = Number(SafeXml.ReadText(reader));
                        break;
                    case "time":
                        time = SafeXml.ReadText(reader) is { Length: > 0 } t ? SafeXml.ParseTime(t).ToUnixTimeSeconds() : ActivitySamples.NoTime;
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
                    case "power" or "PowerInWatts":
                        power = Number(SafeXml.ReadText(reader));
                        break;
                    default:
                        reader.Read();
                        break;
                }
            }

            reader.Read();
        }

        var row = samples.Add(time);
        samples.Set(ActivitySamples.Latitude, row, lat);
        samples.Set(ActivitySamples.Longitude, row, lon);
        samples.Set(ActivitySamples.Altitude, row, ele);
        samples.Set(ActivitySamples.Speed, row, speed);
        samples.Set(ActivitySamples.HeartRate, row, hr);
        samples.Set(ActivitySamples.Cadence, row, cad);
        samples.Set(ActivitySamples.Power, row, power);
        return (lat, lon);
    }

    private static double Number(string text) => text.Trim().Length == 0 ? double.NaN : SafeXml.ParseDouble(text);
}
