using System.IO.Compression;
using System.Text;
using Footfall.Activities;
using Footfall.Tests.Support;

namespace Footfall.Tests.Activities;

public class ActivityDecodersTests
{
    [Theory]
    [InlineData("fit", "garmin-fenix-5-run.fit", ActivityFormat.Fit)]
    [InlineData("gpx", "korita-zbevnica.gpx", ActivityFormat.Gpx)]
    [InlineData("gpx", "unicode_with_bom.gpx", ActivityFormat.Gpx)]
    [InlineData("tcx", "test.tcx", ActivityFormat.Tcx)]
    public void Detect_SampleContent_FindsFormatWithoutName(string folder, string file, ActivityFormat expected)
    {
        var bytes = File.ReadAllBytes(SharedPaths.Samples(folder, file));
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 1024));
        Assert.Equal(expected, ActivityDecoders.Detect(head));
    }

    [Theory]
    [InlineData("a.FIT", ActivityFormat.Fit)]
    [InlineData("123.fit.gz", ActivityFormat.Fit)]
    [InlineData("x.tcx.gz", ActivityFormat.Tcx)]
    [InlineData("x.gpx", ActivityFormat.Gpx)]
    [InlineData("x.csv", null)]
    [InlineData(null, null)]
    public void Detect_UnknownContent_FallsBackOnExtension(string? name, ActivityFormat? expected)
    {
        Assert.Equal(expected, ActivityDecoders.Detect("hello"u8, name));
    }

    [Fact]
    public void Decode_GzippedFit_SameAsPlain()
    {
        var bytes = File.ReadAllBytes(SharedPaths.Samples("fit", "activity-small-fenix2-run.fit"));
        using var gz = new MemoryStream();
        using (var z = new GZipStream(gz, CompressionLevel.Fastest, leaveOpen: true))
        {
            z.Write(bytes);
        }

        gz.Position = 0;
        var fromGzip = ActivityDecoders.Decode(gz, "123.fit.gz").Single();
        var plain = ActivityDecoders.Decode(new MemoryStream(bytes)).Single();
        Assert.Equal(plain.Samples.Count, fromGzip.Samples.Count);
        Assert.Equal(plain.DistanceMeters, fromGzip.DistanceMeters);
    }

    [Fact]
    public void Decode_GzipBomb_RefusedAtLimit()
    {
        using var gz = new MemoryStream();
        using (var z = new GZipStream(gz, CompressionLevel.Optimal, leaveOpen: true))
        {
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 65; i++)
            {
                z.Write(zeros);
            }
        }

        gz.Position = 0;
        var ex = Assert.Throws<ActivityFormatException>(() => ActivityDecoders.Decode(gz, "bomb.fit.gz"));
        Assert.Contains("decompresses to more than", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_NotAnActivityFile_Refused()
    {
        var ex = Assert.Throws<ActivityFormatException>(() => ActivityDecoders.Decode(new MemoryStream(Encoding.UTF8.GetBytes("a,b,c\n1,2,3\n")), "notes.csv"));
        Assert.Contains("not a FIT, GPX or TCX file", ex.Message, StringComparison.Ordinal);
    }
}
