using System.Text;
using Footfall.Activities;
using Footfall.Activities.Gpx;
using Footfall.Activities.Tcx;
using Footfall.Tests.Support;

namespace Footfall.Tests.Activities;

/// <summary>Seeded mutations of small GPX and TCX files (bit flips, byte changes, truncations,
/// deletions): each decodes or throws <see cref="XmlActivityFormatException"/>, nothing else.</summary>
public class XmlFuzzTests
{
    private const string SmallTcx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2" xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2">
          <Activities><Activity Sport="Running"><Id>2024-01-02T03:04:05Z</Id>
            <Lap StartTime="2024-01-02T03:04:05Z"><TotalTimeSeconds>60</TotalTimeSeconds><DistanceMeters>200</DistanceMeters><AverageHeartRateBpm><Value>140</Value></AverageHeartRateBpm>
              <Track>
                <Trackpoint><Time>2024-01-02T03:04:05Z</Time><Position><LatitudeDegrees>46.1</LatitudeDegrees><LongitudeDegrees>14.5</LongitudeDegrees></Position><AltitudeMeters>300</AltitudeMeters><DistanceMeters>0</DistanceMeters><HeartRateBpm><Value>120</Value></HeartRateBpm></Trackpoint>
                <Trackpoint><Time>2024-01-02T03:05:05Z</Time><Position><LatitudeDegrees>46.101</LatitudeDegrees><LongitudeDegrees>14.5</LongitudeDegrees></Position><DistanceMeters>111</DistanceMeters><Extensions><ns3:TPX><ns3:Speed>3.3</ns3:Speed><ns3:RunCadence>88</ns3:RunCadence></ns3:TPX></Extensions></Trackpoint>
              </Track>
            </Lap></Activity></Activities>
        </TrainingCenterDatabase>
        """;

    [Fact]
    public void Decode_MutatedXml_DecodeOrThrowXmlActivityFormatException()
    {
        var seeds = new (byte[] Bytes, IActivityDecoder Decoder)[]
        {
            (File.ReadAllBytes(SharedPaths.Samples("gpx", "track-with-empty-segment.gpx")), new GpxDecoder()),
            (File.ReadAllBytes(SharedPaths.Samples("gpx", "gpx1.0_with_all_fields.gpx")), new GpxDecoder()),
            (Encoding.UTF8.GetBytes(SmallTcx), new TcxDecoder()),
        };
        var random = new Random(4242);
        int decoded = 0, refused = 0;
        for (var i = 0; i < 12_000; i++)
        {
            var (seed, decoder) = seeds[random.Next(seeds.Length)];
            var data = (byte[])seed.Clone();
            switch (random.Next(4))
            {
                case 0:
                    data[random.Next(data.Length)] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    data[random.Next(data.Length)] = (byte)"<>/\"=&;:0-9.eE \u00ff"[random.Next(16)];
                    break;
                case 2:
                    data = data[..random.Next(data.Length)];
                    break;
                default:
                    var at = random.Next(data.Length);
                    data = [.. data[..at], .. data[Math.Min(data.Length, at + random.Next(1, 20))..]];
                    break;
            }

            try
            {
                decoder.Decode(new MemoryStream(data));
                decoded++;
            }
            catch (XmlActivityFormatException)
            {
                refused++;
            }
            catch (Exception ex)
            {
                Assert.Fail($"case {i}: {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}");
            }
        }

        Assert.True(decoded > 1000 && refused > 1000, $"decoded {decoded}, refused {refused}");
    }
}
