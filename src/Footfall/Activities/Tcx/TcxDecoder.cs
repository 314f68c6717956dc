using System.Xml;
using Footfall.Activities.Internal;

namespace Footfall.Activities.Tcx;

/// <summary>
/// Decodes Garmin Training Center XML v2 (<see href="https://www8.garmin.com/xmlschemas/TrainingCenterDatabasev2.xsd"/>):
/// one <see cref="Activity"/> per <c>Activity</c> element, with its <c>Sport</c>, laps
/// (<c>TotalTimeSeconds</c> is timer time; TCX has no separate elapsed time, so both lap times carry it),
/// and trackpoints (<c>Time</c>, <c>Position</c>, <c>AltitudeMeters</c>, <c>DistanceMeters</c>,
/// <c>HeartRateBpm</c>, <c>Cadence</c>, and the ActivityExtension v2 <c>TPX</c> <c>Speed</c> and
/// <c>RunCadence</c>). Start is the <c>Id</c> (a time) or the first lap's start; distance is the sum of
/// the laps', else the last trackpoint's, else the haversine sum. Refuses DTDs and inputs over the limit.
/// </summary>
public sealed class TcxDecoder : IActivityDecoder
{
    /// <summary>Default largest input, 64 MiB of XML.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    private readonly long _maxBytes;

    public TcxDecoder(long maxBytes = DefaultMaxBytes)
    {
        _maxBytes = maxBytes;
    }

    /// <inheritdoc/>
    public ActivityFormat Format => ActivityFormat.Tcx;

    /// <inheritdoc/>
    /// <exception cref="XmlActivityFormatException">Malformed XML, a DTD, a bad number or time, not a
    /// TCX document, or larger than the limit.</exception>
    public IReadOnlyList<Activity> Decode(Stream stream)
    {
        using var reader = SafeXml.Open(stream, _maxBytes, ActivityFormat.Tcx);
        return SafeXml.Guard(ActivityFormat.Tcx, reader, () => Read(reader));
    }

    private static List<Activity> Read(XmlReader reader)
    {
        reader.MoveToContent();
        if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "TrainingCenterDatabase")
        {
            var (line, column) = SafeXml.Position(reader);
            throw new XmlActivityFormatException(ActivityFormat.Tcx, $"root element is <{reader.LocalName}>, not <TrainingCenterDatabase>", line, column);
        }

        var activities = new List<Activity>();
        var advanced = false;
        while (advanced || reader.Read())
        {
            advanced = false;
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Activity")
            {
                activities.Add(ReadActivity(reader));
                advanced = true;
            }
        }

        return activities;
    }

    /// <summary>Reads an <c>Activity</c> element and moves past it.</summary>
    private static Activity ReadActivity(XmlReader reader)
    {
        var sport = SportNames.Parse(reader.GetAttribute("Sport"));
        var laps = new List<Lap>();
        var samples = new List<ActivitySample>();
        DateTimeOffset? id = null;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return new Activity(ActivityFormat.Tcx, sport, null, TimeSpan.Zero, 0, [], []);
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
                case "Id" when reader.Depth == depth + 1:
                    id = SafeXml.ReadText(reader) is { Length: > 0 } t ? SafeXml.ParseTime(t) : null;
                    break;
                case "Lap":
                    laps.Add(ReadLap(reader, samples));
                    break;
                default:
                    reader.Read();
                    break;
            }
        }

        reader.Read();
        return Build(sport, id, laps, samples);
    }

    private static Activity Build(Sport sport, DateTimeOffset? id, List<Lap> laps, List<ActivitySample> samples)
    {
        var onFoot = SportNames.IsOnFoot(sport);
        double haversine = 0;
        ActivitySample? previous = null;
        for (var i = 0; i < samples.Count; i++)
        {
            var s = samples[i];
            if (onFoot && s.Cadence is { } c)
            {
                // RunCadence (and Cadence on foot) count strides, one foot, a minute.
                s = s with { Cadence = c * 2 };
                samples[i] = s;
            }

            if (s.Latitude is { } lat && s.Longitude is { } lon)
            {
                if (previous is { Latitude: { } plat, Longitude: { } plon })
                {
                    haversine += Haversine.Meters(plat, plon, lat, lon);
                }

                previous = s;
            }
        }

        var times = samples.Where(s => s.Time is not null).Select(s => s.Time!.Value).ToList();
        var start = id ?? laps.FirstOrDefault(l => l.Start is not null)?.Start ?? (times.Count > 0 ? times.Min() : null);
        var lapTime = laps.Aggregate(TimeSpan.Zero, (sum, l) => sum + l.ElapsedTime);
        var duration = start is { } st && times.Count > 0 && times.Max() - st > lapTime ? times.Max() - st : lapTime;
        var lapDistance = laps.Where(l => l.DistanceMeters is not null).Sum(l => l.DistanceMeters!.Value);
        var lastDistance = samples.LastOrDefault(s => s.DistanceMeters is not null).DistanceMeters;
        var distance = lapDistance > 0 ? lapDistance : lastDistance ?? haversine;
        return new Activity(ActivityFormat.Tcx, sport, start, duration, distance, laps.ToArray(), samples.ToArray());
    }

    /// <summary>Reads a <c>Lap</c>, adding its trackpoints to <paramref name="samples"/>, and moves past it.</summary>
    private static Lap ReadLap(XmlReader reader, List<ActivitySample> samples)
    {
        var startText = reader.GetAttribute("StartTime");
        DateTimeOffset? start = startText is { Length: > 0 } ? SafeXml.ParseTime(startText) : null;
        double? seconds = null, distance = null, averageHr = null;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return new Lap(start, TimeSpan.Zero, null, null, null);
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
                case "TotalTimeSeconds" when reader.Depth == depth + 1:
                    seconds = Number(SafeXml.ReadText(reader));
                    break;
                case "DistanceMeters" when reader.Depth == depth + 1:
                    distance = Number(SafeXml.ReadText(reader));
                    break;
                case "AverageHeartRateBpm" when reader.Depth == depth + 1:
                    averageHr = Number(SafeXml.ReadText(reader));
                    break;
                case "Trackpoint":
                    samples.Add(ReadTrackpoint(reader));
                    break;
                default:
                    reader.Read();
                    break;
            }
        }

        reader.Read();
        var time = seconds is { } s and >= 0 and < 1e8 ? TimeSpan.FromSeconds(s) : TimeSpan.Zero;
        return new Lap(start, time, seconds is not null ? time : null, distance, averageHr);
    }

    /// <summary>Reads a <c>Trackpoint</c> and moves past it.</summary>
    private static ActivitySample ReadTrackpoint(XmlReader reader)
    {
        DateTimeOffset? time = null;
        double? lat = null, lon = null, alt = null, distance = null, hr = null, cadence = null, runCadence = null, speed = null;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return default;
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
                case "Time":
                    time = SafeXml.ReadText(reader) is { Length: > 0 } t ? SafeXml.ParseTime(t) : null;
                    break;
                case "LatitudeDegrees":
                    lat = Number(SafeXml.ReadText(reader));
                    break;
                case "LongitudeDegrees":
                    lon = Number(SafeXml.ReadText(reader));
                    break;
                case "AltitudeMeters":
                    alt = Number(SafeXml.ReadText(reader));
                    break;
                case "DistanceMeters":
                    distance = Number(SafeXml.ReadText(reader));
                    break;
                case "HeartRateBpm":
                    hr = Number(SafeXml.ReadText(reader));
                    break;
                case "Cadence":
                    cadence = Number(SafeXml.ReadText(reader));
                    break;
                case "RunCadence":
                    runCadence = Number(SafeXml.ReadText(reader));
                    break;
                case "Speed":
                    speed = Number(SafeXml.ReadText(reader));
                    break;
                default:
                    reader.Read();
                    break;
            }
        }

        reader.Read();
        if (lat is < -90 or > 90 || lon is < -180 or > 180)
        {
            var (line, column) = SafeXml.Position(reader);
            throw new XmlActivityFormatException(ActivityFormat.Tcx, "trackpoint latitude or longitude out of range", line, column);
        }

        return new ActivitySample(time, lat, lon, distance, speed, hr, runCadence ?? cadence, alt);
    }

    private static double? Number(string text) => text.Trim().Length == 0 ? null : SafeXml.ParseDouble(text);
}
