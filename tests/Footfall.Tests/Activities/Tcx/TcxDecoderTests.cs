using System.Text;
using Footfall.Activities;
using Footfall.Activities.Tcx;
using Footfall.Tests.Support;

namespace Footfall.Tests.Activities.Tcx;

public class TcxDecoderTests
{
    /// <summary>Expected values from python-tcxparser's own tests on the same file
    /// (tests/test_tcxparser.py at 5ecaac9: distance 4686.31103516, duration 1992.78, HR 62 first and
    /// 180 last, 2012-12-26T21:29:53Z to 22:03:05Z, running) and a count of Trackpoint elements.</summary>
    [Fact]
    public void Decode_TestTcx_MatchesTcxparserFigures()
    {
        using var stream = File.OpenRead(SharedPaths.Samples("tcx", "test.tcx"));
        var a = new TcxDecoder().Decode(stream).Single();

        Assert.Equal(Sport.Running, a.Sport);
        Assert.Equal(384, a.Samples.Count);
        // The last trackpoint holds only a time; tcxparser's lists skip it.
        Assert.Equal(4686.31103516, a.Samples.Last(s => s.DistanceMeters is not null).DistanceMeters!.Value, 1e-6);
        Assert.Equal(1992.78, a.Laps.Sum(l => l.TimerTime!.Value.TotalSeconds), 1e-6);
        Assert.Equal(62, a.Samples[0].HeartRateBpm);
        Assert.Equal(180, a.Samples.Last(s => s.HeartRateBpm is not null).HeartRateBpm);
        Assert.Equal(189, a.Samples.Max(s => s.HeartRateBpm));
        Assert.Equal(new DateTimeOffset(2012, 12, 26, 21, 29, 53, TimeSpan.Zero), a.Start);
        Assert.Equal(new DateTimeOffset(2012, 12, 26, 22, 3, 5, TimeSpan.Zero), a.Samples[^1].Time);
        Assert.Equal(-79.0930143837, a.Samples.Last(s => s.Longitude is not null).Longitude!.Value, 1e-9);
        Assert.Equal(a.Laps.Sum(l => l.DistanceMeters!.Value), a.DistanceMeters, 1e-6);
        Assert.Equal(4686.31, a.DistanceMeters, 4686.31 * 0.001); // lap totals (4689.24) vs the last trackpoint
    }

    [Fact]
    public void Decode_NoHeartRate_SamplesWithoutHeartRate()
    {
        using var stream = File.OpenRead(SharedPaths.Samples("tcx", "no_hr.tcx"));
        var a = new TcxDecoder().Decode(stream).Single();
        Assert.Equal(384, a.Samples.Count);
        Assert.All(a.Samples, s => Assert.Null(s.HeartRateBpm));
        Assert.All(a.Laps, l => Assert.Null(l.AverageHeartRateBpm));
    }

    [Fact]
    public void Decode_RunCadenceExtension_IsStepsPerMinute()
    {
        const string tcx = """
            <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2" xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2">
              <Activities><Activity Sport="Running"><Id>2024-01-02T03:04:05Z</Id>
                <Lap StartTime="2024-01-02T03:04:05Z"><TotalTimeSeconds>60</TotalTimeSeconds><DistanceMeters>200</DistanceMeters>
                  <Track><Trackpoint><Time>2024-01-02T03:04:05Z</Time><Extensions><ns3:TPX><ns3:Speed>3.3</ns3:Speed><ns3:RunCadence>88</ns3:RunCadence></ns3:TPX></Extensions></Trackpoint></Track>
                </Lap></Activity>
                <Activity Sport="Biking"><Id>2024-01-03T03:04:05Z</Id><Lap StartTime="2024-01-03T03:04:05Z"><Track><Trackpoint><Cadence>90</Cadence></Trackpoint></Track></Lap></Activity>
              </Activities>
            </TrainingCenterDatabase>
            """;
        var decoded = new TcxDecoder().Decode(new MemoryStream(Encoding.UTF8.GetBytes(tcx)));

        Assert.Equal(176, decoded[0].Samples[0].Cadence);
        Assert.Equal(3.3, decoded[0].Samples[0].SpeedMetersPerSecond);
        Assert.Equal(200, decoded[0].DistanceMeters);
        Assert.Equal(Sport.Cycling, decoded[1].Sport);
        Assert.Equal(90, decoded[1].Samples[0].Cadence);
    }
}
