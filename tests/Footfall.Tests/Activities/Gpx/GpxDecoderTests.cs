using System.Text;
using System.Xml.Linq;
using Footfall.Activities;
using Footfall.Activities.Gpx;
using Footfall.Tests.Support;

namespace Footfall.Tests.Activities.Gpx;

public class GpxDecoderTests
{
    [Theory]
    [InlineData("cerknicko-jezero.gpx", 1)]
    [InlineData("cerknicko-without-times.gpx", 1)]
    [InlineData("gpx1.0_with_all_fields.gpx", 1)]
    [InlineData("korita-zbevnica.gpx", 1)]
    [InlineData("track-with-empty-segment.gpx", 1)]
    [InlineData("gpx1.1_with_extensions.gpx", 0)]
    [InlineData("gpx_with_garmin_extension.gpx", 0)]
    [InlineData("unicode_with_bom.gpx", 0)]
    public void Decode_Sample_PointCountAndDistanceMatchIndependentCount(string file, int activities)
    {
        var path = SharedPaths.Samples("gpx", file);
        using var stream = File.OpenRead(path);
        var decoded = new GpxDecoder().Decode(stream);

        Assert.Equal(activities, decoded.Count);
        var (points, timed, meters) = CountIndependently(path);
        if (activities == 0)
        {
            Assert.Equal(0, points);
            return;
        }

        var a = decoded.Single();
        Assert.Equal(points, a.Samples.Count);
        Assert.Equal(meters, a.DistanceMeters, meters * 1e-9);
        Assert.Equal(meters, a.Samples[^1].DistanceMeters!.Value, meters * 1e-9);
        Assert.Equal(timed, a.Samples.Count(s => s.Time is not null));
        Assert.Equal(timed > 0, a.Start is not null);
        Assert.All(a.Samples, s => Assert.InRange(s.Latitude!.Value, -90, 90));
    }

    [Fact]
    public void Decode_TrackPointExtension_ReadsHeartRateAndStepCadence()
    {
        const string gpx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
              <trk><type>running</type><trkseg>
                <trkpt lat="46.0" lon="14.0"><ele>300.5</ele><time>2024-05-06T04:02:34Z</time>
                  <extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>151</gpxtpx:hr><gpxtpx:cad>86</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions></trkpt>
                <trkpt lat="46.001" lon="14.0"><time>2024-05-06T06:03:04+02:00</time></trkpt>
              </trkseg></trk>
            </gpx>
            """;
        var a = new GpxDecoder().Decode(new MemoryStream(Encoding.UTF8.GetBytes(gpx))).Single();

        Assert.Equal(Sport.Running, a.Sport);
        Assert.Equal(151, a.Samples[0].HeartRateBpm);
        Assert.Equal(172, a.Samples[0].Cadence);
        Assert.Equal(300.5, a.Samples[0].AltitudeMeters);
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 4, 2, 34, TimeSpan.Zero), a.Start);
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 4, 3, 4, TimeSpan.Zero), a.Samples[1].Time);
        Assert.Equal(TimeSpan.FromSeconds(30), a.Duration);
        Assert.Equal(111.2, a.DistanceMeters, 0.1); // 0.001° of latitude
    }

    [Theory]
    [InlineData("""<gpx><trk><trkseg><trkpt lat="x" lon="1"/></trkseg></trk></gpx>""", "bad value")]
    [InlineData("""<gpx><trk><trkseg><trkpt lon="1"/></trkseg></trk></gpx>""", "without lat")]
    [InlineData("""<gpx><trk><trkseg><trkpt lat="91" lon="1"/></trkseg></trk></gpx>""", "out of range")]
    [InlineData("""<gpx><trk><trkseg><trkpt lat="1" lon="1"><time>yesterday</time></trkpt></trkseg></trk></gpx>""", "bad value")]
    [InlineData("""<gpx><trk><trkseg><trkpt lat="1" lon="1">""", "malformed XML")]
    [InlineData("""<kml></kml>""", "not <gpx>")]
    public void Decode_Malformed_ThrowsXmlActivityFormatExceptionWithLine(string xml, string reason)
    {
        var ex = Assert.Throws<XmlActivityFormatException>(() => new GpxDecoder().Decode(new MemoryStream(Encoding.UTF8.GetBytes(xml))));
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.Equal(ActivityFormat.Gpx, ex.Format);
        Assert.True(ex.LineNumber >= 1);
    }

    [Fact]
    public void Decode_OverSizeLimit_Refused()
    {
        var bytes = File.ReadAllBytes(SharedPaths.Samples("gpx", "korita-zbevnica.gpx"));
        var ex = Assert.Throws<XmlActivityFormatException>(() => new GpxDecoder(maxBytes: 10_000).Decode(new MemoryStream(bytes)));
        Assert.Contains("limit", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>Counts trkpt with LINQ to XML and sums great-circle distances within segments with a
    /// separately written haversine (R = 6,371,008.8 m).</summary>
    internal static (int Points, int Timed, double Meters) CountIndependently(string path)
    {
        var doc = XDocument.Load(path);
        var points = 0;
        var timed = 0;
        double meters = 0;
        foreach (var seg in doc.Descendants().Where(e => e.Name.LocalName == "trkseg"))
        {
            var pts = seg.Elements().Where(e => e.Name.LocalName == "trkpt")
                .Select(e => (Lat: (double)e.Attribute("lat")!, Lon: (double)e.Attribute("lon")!)).ToList();
            points += pts.Count;
            timed += seg.Elements().Count(e => e.Name.LocalName == "trkpt" && e.Elements().Any(c => c.Name.LocalName == "time"));
            for (var i = 1; i < pts.Count; i++)
            {
                meters += GreatCircle(pts[i - 1].Lat, pts[i - 1].Lon, pts[i].Lat, pts[i].Lon);
            }
        }

        return (points, timed, meters);
    }

    internal static double GreatCircle(double lat1, double lon1, double lat2, double lon2)
    {
        const double r = 6_371_008.8;
        var toRad = Math.PI / 180;
        var h = Math.Pow(Math.Sin((lat2 - lat1) * toRad / 2), 2)
            + (Math.Cos(lat1 * toRad) * Math.Cos(lat2 * toRad) * Math.Pow(Math.Sin((lon2 - lon1) * toRad / 2), 2));
        return 2 * r * Math.Atan2(Math.Sqrt(h), Math.Sqrt(1 - h));
    }
}
