using System.Xml;
using Footfall.Activities.Internal;

namespace Footfall.Activities.Tcx;

/// <summary>
/// Decodes Garmin Training Center XML v2 (<see href="https://www8.garmin.com/xmlschemas/TrainingCenterDatabasev2.xsd"/>):
/// one <see cref="Activity"/> per <c>Activity</c> element, with its <c>Sport</c>, laps
/// (<c>TotalTimeSeconds</c> is timer time; TCX has no separate elapsed time, so both lap times carry it),
/// and trackpoints (<c>Time</c>, <c>Position</c>, <c>AltitudeMeters</c>, <c>DistanceMeters</c>,
/// <c>HeartRateBpm</c>, <c>Cadence</c>, and the ActivityExtension v2 <c>TPX</c> <c>Speed</c> and
/// <c>RunCadence</c> and <c>Watts</c>). Start is the first lap's start or the first trackpoint's time, whichever
/// is earlier (Strava cuts <c>Id</c> to the minute, so it is used only when neither exists); distance is the
/// sum of the laps', else the last trackpoint's, else the haversine sum. Streams: memory grows with the
/// trackpoints kept (at most the sample cap), not with the file. Refuses DTDs, inputs over the limit and
/// files with more trackpoints than the cap.
/// </summary>
public sealed class TcxDecoder : IActivityDecoder
{
    /// <summary>Default largest input, 64 MiB of XML.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    private readonly long _maxBytes;
    private readonly int _maxSamples;

    /// <param name="maxBytes">Largest input accepted, bytes.</param>
    /// <param name="maxSamples">Most trackpoints accepted over all activities; the FIT decoder's cap by default.</param>
    public TcxDecoder(long maxBytes = DefaultMaxBytes, int maxSamples = ActivityDecoders.MaxSamples)
    {
        _maxBytes = maxBytes;
        _maxSamples = maxSamples;
    }

    /// <inheritdoc/>
    public ActivityFormat Format => ActivityFormat.Tcx;

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".tcx"];

    /// <inheritdoc/>
    public bool Recognises(ReadOnlySpan<byte> head) => head.IndexOf("TrainingCenterDatabase"u8) >= 0;

    /// <inheritdoc/>
    /// <exception cref="XmlActivityFormatException">Malformed XML, a DTD, a bad number or time, not a
    /// TCX document, more trackpoints than the cap, or larger than the limit.</exception>
    public IReadOnlyList<Activity> Decode(Stream stream)
    {
        using var reader = SafeXml.Open(stream, _maxBytes, ActivityFormat.Tcx);
        return SafeXml.Guard(ActivityFormat.Tcx, reader, () => new Reading(reader, _maxSamples).Read());
    }

    private static double Number(string text) => text.Trim().Length == 0 ? double.NaN : SafeXml.ParseDouble(text);

    /// <summary>One decode: the reader and the trackpoints counted against the cap.</summary>
    private sealed class Reading(XmlReader reader, int maxSamples)
    {
        private int _points;

        public List<Activity> Read()
        {
            reader.MoveToContent();
            if (reader.NodeType != XmlNodeType.Element || SafeXml.Name(reader) != "TrainingCenterDatabase")
            {
                var (line, column) = SafeXml.Position(reader);
                throw new XmlActivityFormatException(ActivityFormat.Tcx, $"root element is <{reader.LocalName}>, not <TrainingCenterDatabase>", line, column);
            }

            var activities = new List<Activity>();
            var advanced = false;
            while (advanced || reader.Read())
            {
                advanced = false;
                if (reader.NodeType == XmlNodeType.Element && SafeXml.Name(reader) == "Activity")
                {
                    activities.Add(ReadActivity());
                    advanced = true;
                }
            }

            return activities;
        }

        /// <summary>Reads an <c>Activity</c> element and moves past it.</summary>
        private Activity ReadActivity()
        {
            var sport = SportNames.Parse(reader.GetAttribute("Sport"));
            var laps = new List<Lap>();
            var samples = new SampleColumns();
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

                switch (SafeXml.Name(reader))
                {
                    case "Id" when reader.Depth == depth + 1:
                        // Id is a time in Garmin's files; other writers put any text there, so it is only a hint.
                        id = DateTimeOffset.TryParse(
                            SafeXml.ReadText(reader).Trim(),
                            System.Globalization.CultureInfo.InvariantCulture,
                            System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal,
                            out var parsed) ? parsed : null;
                        break;
                    case "Lap":
                        laps.Add(ReadLap(samples));
                        break;
                    default:
                        reader.Read();
                        break;
                }
            }

            reader.Read();
            return Build(sport, id, laps, samples);
        }

        private static Activity Build(Sport sport, DateTimeOffset? id, List<Lap> laps, SampleColumns samples)
        {
            if (sport.IsOnFoot())
            {
                // RunCadence (and Cadence on foot) count strides, one foot, a minute.
                samples.Scale(ActivitySamples.Cadence, 2);
            }

            double haversine = 0, previousLat = double.NaN, previousLon = double.NaN, lastDistance = double.NaN;
            long first = long.MaxValue, last = long.MinValue;
            for (var i = 0; i < samples.Count; i++)
            {
                var lat = samples.Get(ActivitySamples.Latitude, i);
                var lon = samples.Get(ActivitySamples.Longitude, i);
                if (!double.IsNaN(lat) && !double.IsNaN(lon))
                {
                    if (!double.IsNaN(previousLat))
                    {
                        haversine += Haversine.Meters(previousLat, previousLon, lat, lon);
                    }

                    (previousLat, previousLon) = (lat, lon);
                }

                if (samples.Get(ActivitySamples.Distance, i) is var d && !double.IsNaN(d))
                {
                    lastDistance = d;
                }

                if (samples.TimeAt(i) is var t and not ActivitySamples.NoTime)
                {
                    first = Math.Min(first, t);
                    last = Math.Max(last, t);
                }
            }

            DateTimeOffset? firstPoint = first != long.MaxValue ? DateTimeOffset.FromUnixTimeSeconds(first) : null;
            var firstLap = laps.Where(l => l.Start is not null).Select(l => l.Start).Min();
            var start = firstLap is { } fl && (firstPoint is null || fl <= firstPoint) ? fl : firstPoint ?? id;
            var lapTime = laps.Aggregate(TimeSpan.Zero, (sum, l) => sum + l.ElapsedTime);
            var span = start is { } st && last != long.MinValue ? DateTimeOffset.FromUnixTimeSeconds(last) - st : TimeSpan.Zero;
            var duration = span > lapTime ? span : lapTime;
            var lapDistance = laps.Where(l => l.DistanceMeters is not null).Sum(l => l.DistanceMeters!.Value);
            var distance = lapDistance > 0 ? lapDistance : !double.IsNaN(lastDistance) ? lastDistance : haversine;
            var timed = laps.Where(l => l.TimerTime is not null).ToList();
            return new Activity(ActivityFormat.Tcx, sport, start, duration, distance, laps.ToArray(), samples.Build())
            {
                TimerTime = timed.Count > 0 ? timed.Aggregate(TimeSpan.Zero, (sum, l) => sum + l.TimerTime!.Value) : null,
            };
        }

        /// <summary>Reads a <c>Lap</c>, adding its trackpoints to <paramref name="samples"/>, and moves past it.</summary>
        private Lap ReadLap(SampleColumns samples)
        {
            var startText = reader.GetAttribute("StartTime");
            DateTimeOffset? start = startText is { Length: > 0 } ? SafeXml.ParseTime(startText) : null;
            double seconds = double.NaN, distance = double.NaN, averageHr = double.NaN;
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

                switch (SafeXml.Name(reader))
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
                        ReadTrackpoint(samples);
                        break;
                    default:
                        reader.Read();
                        break;
                }
            }

            reader.Read();
            var time = seconds is >= 0 and < 1e8 ? TimeSpan.FromSeconds(seconds) : TimeSpan.Zero;
            return new Lap(start, time, double.IsNaN(seconds) ? null : time, Nullable(distance), Nullable(averageHr));
        }

        /// <summary>Reads a <c>Trackpoint</c> into a new row of <paramref name="samples"/> and moves past it.</summary>
        private void ReadTrackpoint(SampleColumns samples)
        {
            if (++_points > maxSamples)
            {
                var (line, column) = SafeXml.Position(reader);
                throw new XmlActivityFormatException(ActivityFormat.Tcx, $"more than {maxSamples} trackpoints", line, column);
            }

            long time = ActivitySamples.NoTime;
            double lat = double.NaN, lon = double.NaN, alt = double.NaN, distance = double.NaN, hr = double.NaN;
            double cadence = double.NaN, runCadence = double.NaN, speed = double.NaN, watts = double.NaN;
            if (reader.IsEmptyElement)
            {
                // A trackpoint with nothing in it carries no data; it is counted against the cap and dropped.
                reader.Read();
                return;
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

                switch (SafeXml.Name(reader))
                {
                    case "Time":
                        time = SafeXml.ReadText(reader) is { Length: > 0 } t ? SafeXml.ParseTime(t).ToUnixTimeSeconds() : ActivitySamples.NoTime;
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
                    case "Watts":
                        watts = Number(SafeXml.ReadText(reader));
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

            var row = samples.Add(time);
            samples.Set(ActivitySamples.Latitude, row, lat);
            samples.Set(ActivitySamples.Longitude, row, lon);
            samples.Set(ActivitySamples.Altitude, row, alt);
            samples.Set(ActivitySamples.Distance, row, distance);
            samples.Set(ActivitySamples.HeartRate, row, hr);
            samples.Set(ActivitySamples.Cadence, row, double.IsNaN(runCadence) ? cadence : runCadence);
            samples.Set(ActivitySamples.Speed, row, speed);
            samples.Set(ActivitySamples.Power, row, watts);
        }

        private static double? Nullable(double v) => double.IsNaN(v) ? null : v;
    }
}
