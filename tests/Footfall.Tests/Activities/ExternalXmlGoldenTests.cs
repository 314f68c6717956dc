using System.Globalization;
using System.Text.RegularExpressions;
using Footfall.Activities;
using Footfall.Tests.Activities.Fit;
using Footfall.Tests.Support;

namespace Footfall.Tests.Activities;

/// <summary>
/// Every GPX and TCX file in <c>../shared/samples/external/sports-lib/</c> (Strava and Garmin Connect exports):
/// record count, start, distance, duration, heart-rate sample count and sport. Counts, times and lap sums are read
/// from the file's text with plain pattern matching (no XML reader), distances recomputed with the haversine
/// formula from the same text; start and sport are written down from the file and, where the same activity is in
/// the folder as FIT, agree with Garmin's SDK on it (<see cref="ExternalFitGoldenTests"/> checks those FIT files).
/// </summary>
public partial class ExternalXmlGoldenTests
{
    /// <summary>File, start (UTC), sport. Strava's numeric GPX types: 9 run, 16 swim, 17 virtual ride; no type is
    /// unknown; Strava's TCX says "Other" for the pool swims its FIT twins call swimming.</summary>
    [Theory]
    [InlineData("1681613317.gpx", "2017-03-19T16:49:30Z", Sport.Running)]
    [InlineData("2067489619.gpx", "2017-10-08T14:54:11Z", Sport.Running)] // FIT twin: session start 2017-10-08T14:54:11Z
    [InlineData("4623204522-1.gpx", "2018-10-13T17:05:01Z", Sport.Swimming)] // the swim of triathlon 4623204522.fit
    [InlineData("6037744996.gpx", "2020-12-25T20:40:26Z", Sport.Running)] // undeclared gpxdata: prefix
    [InlineData("6048438275.gpx", "2020-12-27T15:50:06Z", Sport.Running)]
    [InlineData("6782987395.gpx", "2019-06-15T09:42:23Z", Sport.Running)] // FIT twin: 2019-06-15T09:42:23Z
    [InlineData("6909258631.gpx", "2014-09-07T08:03:31Z", Sport.Unknown)]
    [InlineData("6909869014.gpx", "2016-04-22T16:44:13Z", Sport.Cycling)]
    [InlineData("6281425038.tcx", "2016-09-12T11:19:55Z", Sport.Running)] // whitespace before <?xml
    [InlineData("6688025408.tcx", "2020-10-23T11:11:03Z", Sport.Other)] // Id cut to 11:11:00; FIT twin 11:11:03
    [InlineData("6782987395.tcx", "2019-06-15T09:42:23Z", Sport.Running)] // Id cut to 09:42:00
    [InlineData("6860622783.tcx", "2020-02-02T11:19:33Z", Sport.Running)] // Id cut to 11:19:00; FIT twin 11:19:33
    [InlineData("6860712481.tcx", "2019-07-21T13:14:59Z", Sport.Other)] // Id cut to 13:14:00; FIT twin 13:14:59
    public void Decode_ExternalXmlFile_MatchesTheFile(string file, string start, Sport sport)
    {
        var path = SharedPaths.Samples("external", "sports-lib", file);
        var text = File.ReadAllText(path);
        var gpx = file.EndsWith(".gpx", StringComparison.Ordinal);
        var points = (gpx ? GpxPoint() : TcxPoint()).Matches(text).Select(m => m.Value).ToList();
        var times = points.Select(p => (gpx ? GpxTime() : TcxTime()).Match(p)).Where(m => m.Success)
            .Select(m => DateTimeOffset.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        var heartRates = points.Count(p => (gpx ? GpxHeartRate() : TcxHeartRate()).IsMatch(p));

        using var stream = File.OpenRead(path);
        var activity = Assert.Single(ActivityDecoders.Decode(stream, file));

        Assert.Equal(points.Count, activity.Samples.Count);
        Assert.Equal(heartRates, activity.Samples.Count(s => s.HeartRateBpm is not null));
        Assert.Equal(sport, activity.Sport);
        Assert.Equal(DateTimeOffset.Parse(start, CultureInfo.InvariantCulture), activity.Start);
        if (gpx)
        {
            Assert.Equal(times.Min(), activity.Start);
            Assert.Equal((times.Max() - times.Min()).TotalSeconds, activity.Duration.TotalSeconds, 0);
            Assert.Equal(Haversine(text), activity.DistanceMeters, 1e-6 * activity.DistanceMeters);
        }
        else
        {
            var laps = TcxLapTotal().Matches(text).Sum(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
            var span = (times.Max() - activity.Start!.Value).TotalSeconds;
            Assert.Equal(Math.Max(laps, span), activity.Duration.TotalSeconds, 0);
            var lapDistance = TcxLapDistance().Matches(text).Sum(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
            Assert.Equal(lapDistance, activity.DistanceMeters, 1e-6);
        }
    }

    /// <summary>Haversine sum within each trkseg from the text's lat/lon attributes (mean Earth radius 6,371,008.8 m).</summary>
    private static double Haversine(string text)
    {
        double total = 0;
        foreach (Match segment in GpxSegment().Matches(text))
        {
            (double Lat, double Lon)? previous = null;
            foreach (Match p in GpxLatLon().Matches(segment.Value))
            {
                var lat = double.Parse(p.Groups[1].Value, CultureInfo.InvariantCulture);
                var lon = double.Parse(p.Groups[2].Value, CultureInfo.InvariantCulture);
                if (previous is { } q)
                {
                    var dLat = (lat - q.Lat) * Math.PI / 180;
                    var dLon = (lon - q.Lon) * Math.PI / 180;
                    var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
                        + (Math.Cos(q.Lat * Math.PI / 180) * Math.Cos(lat * Math.PI / 180) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
                    total += 2 * 6_371_008.8 * Math.Asin(Math.Min(1, Math.Sqrt(a)));
                }

                previous = (lat, lon);
            }
        }

        return total;
    }

    [GeneratedRegex(@"<trkpt\b.*?(?:/>|</trkpt>)", RegexOptions.Singleline)]
    private static partial Regex GpxPoint();

    [GeneratedRegex(@"<Trackpoint\b.*?(?:/>|</Trackpoint>)", RegexOptions.Singleline)]
    private static partial Regex TcxPoint();

    [GeneratedRegex(@"<time>([^<]+)</time>")]
    private static partial Regex GpxTime();

    [GeneratedRegex(@"<Time>([^<]+)</Time>")]
    private static partial Regex TcxTime();

    [GeneratedRegex(@"<(?:\w+:)?hr>")]
    private static partial Regex GpxHeartRate();

    [GeneratedRegex(@"<HeartRateBpm>")]
    private static partial Regex TcxHeartRate();

    [GeneratedRegex(@"<Lap\b[^>]*>\s*<TotalTimeSeconds>([^<]+)</TotalTimeSeconds>")]
    private static partial Regex TcxLapTotal();

    [GeneratedRegex(@"</TotalTimeSeconds>\s*<DistanceMeters>([^<]+)</DistanceMeters>")]
    private static partial Regex TcxLapDistance();

    [GeneratedRegex(@"<trkseg>.*?</trkseg>", RegexOptions.Singleline)]
    private static partial Regex GpxSegment();

    [GeneratedRegex(@"<trkpt\s+lat=""([^""]+)""\s+lon=""([^""]+)""")]
    private static partial Regex GpxLatLon();
}
