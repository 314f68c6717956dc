using System.Globalization;
using Footfall.Activities;
using Footfall.Activities.Fit;
using Footfall.Tests.Support;

namespace Footfall.Tests.Activities.Fit;

/// <summary>Every row of the samples' <c>*-records.csv</c> (written by python-fitparse's authors from
/// the same files) against the decoded samples.</summary>
public class FitGoldenTests
{
    private const double DegreesPerSemicircle = 180.0 / 2147483648.0;

    [Theory]
    [InlineData("garmin-fenix-5-run", 21, 2)]
    [InlineData("garmin-edge-500-activity", 10686, 1)]
    public void Decode_SampleWithFitparseCsv_EveryRecordMatches(string name, int rows, int cadenceFactor)
    {
        var samples = DecodeSamples(name);
        var csv = File.ReadAllLines(SharedPaths.Samples("fit", name + "-records.csv"));
        Assert.Equal("timestamp,heart_rate,cadence,speed,distance,position_lat,position_long,altitude,temperature", csv[0]);
        Assert.Equal(rows, csv.Length - 1);
        Assert.Equal(rows, samples.Count);
        for (var i = 0; i < rows; i++)
        {
            var c = csv[i + 1].Split(',');
            var s = samples[i];
            Assert.Equal(ParseUnixDate(c[0]), s.Time);
            AssertNumber(c[1], s.HeartRateBpm, 0);
            AssertCadence(c[2], s.Cadence, cadenceFactor);
            AssertNumber(c[3], s.SpeedMetersPerSecond, 1e-9);
            AssertNumber(c[4], s.DistanceMeters, 1e-9);
            if (s.Latitude is null)
            {
                // The CSV repeats the previous position where the record has none (Garmin's SDK agrees it is absent).
                Assert.Null(s.Longitude);
                Assert.Equal(csv[i].Split(',')[5..7], c[5..7]);
            }
            else
            {
                AssertNumber(c[5], s.Latitude / DegreesPerSemicircle, 1e-6);
                AssertNumber(c[6], s.Longitude / DegreesPerSemicircle, 1e-6);
            }

            AssertNumber(c[7], s.AltitudeMeters, 1e-9);
        }
    }

    [Fact]
    public void Decode_CompressedTimestamps_EveryRecordMatchesCsv()
    {
        var decoded = DecodeSamples("compressed-speed-distance");
        var csv = File.ReadAllLines(SharedPaths.Samples("fit", "compressed-speed-distance-records.csv"));
        Assert.Equal("Timestamp, Heart Rate [bpm],Speed [m/s],Distance [m],Cadence [rpm]", csv[0]);

        // The CSV leaves out the first record, which holds a timestamp and nothing else.
        Assert.True(decoded[0] is { HeartRateBpm: null, SpeedMetersPerSecond: null, DistanceMeters: null, Cadence: null });
        var samples = decoded.Skip(1).ToList();
        Assert.Equal(754, csv.Length - 1);
        Assert.Equal(csv.Length - 1, samples.Count);
        for (var i = 0; i < samples.Count; i++)
        {
            var c = csv[i + 1].Split(',');
            var s = samples[i];

            // The CSV holds raw FIT seconds, all below 0x10000000: device-relative system time. The file has no
            // timestamp_correlation and its time_created is system time too, so nothing anchors them to a date:
            // they are dropped rather than read as dates in July 1990.
            Assert.True(long.Parse(c[0], CultureInfo.InvariantCulture) < 0x10000000);
            Assert.Null(s.Time);
            AssertNumber(c[1], s.HeartRateBpm, 0);
            AssertNumber(c[2], s.SpeedMetersPerSecond, 1e-9);
            AssertNumber(c[3], s.DistanceMeters, 1e-9);
            AssertCadence(c[4], s.Cadence, 2);
        }
    }

    internal static IReadOnlyList<ActivitySample> DecodeSamples(string name)
    {
        using var stream = File.OpenRead(SharedPaths.Samples("fit", name + ".fit"));
        return [.. new FitDecoder().Decode(stream).SelectMany(a => a.Samples)];
    }

    private static DateTimeOffset ParseUnixDate(string text)
    {
        // e.g. "Sun Jun 11 07:34:09 PDT 2017" (Java Date.toString()); only PDT and PST occur here.
        var parts = text.Split(' ');
        var offset = parts[4] switch
        {
            "PDT" => "-07:00",
            "PST" => "-08:00",
            _ => throw new FormatException("unexpected zone " + parts[4]),
        };
        var iso = $"{parts[5]} {parts[1]} {parts[2]} {parts[3]} {offset}";
        return DateTimeOffset.ParseExact(iso, "yyyy MMM dd HH:mm:ss zzz", CultureInfo.InvariantCulture);
    }

    private static void AssertNumber(string expected, double? actual, double tolerance)
    {
        if (expected is "null" or "")
        {
            Assert.Null(actual);
            return;
        }

        Assert.NotNull(actual);
        Assert.Equal(double.Parse(expected, CultureInfo.InvariantCulture), actual.Value, tolerance);
    }

    /// <summary>The CSV holds FIT's integer cadence; ours adds fractional_cadence and doubles strides to steps on foot.
    /// The Edge 500 CSV writes 0 where the record has no cadence (Garmin's SDK agrees the field is absent).</summary>
    private static void AssertCadence(string expected, double? actual, int factor)
    {
        if (expected is "null" or "" || (expected == "0" && actual is null))
        {
            Assert.Null(actual);
            return;
        }

        Assert.NotNull(actual);
        Assert.Equal(double.Parse(expected, CultureInfo.InvariantCulture), Math.Floor(actual.Value / factor));
    }
}
