using System.Diagnostics;
using System.Text.Json;
using Footfall.Activities;
using Footfall.Activities.Fit;
using Footfall.Tests.Support;
using Xunit.Abstractions;

namespace Footfall.Tests.Activities.Fit;

/// <summary>
/// Compares every record of every sample Garmin's JavaScript SDK (@garmin/fitsdk, dev-time only, in
/// bench/garmin) can read with ours. Runs when <c>node</c> is on the PATH and
/// <c>bench/garmin/node_modules</c> is installed (<c>npm ci</c> there); otherwise says so and passes.
/// </summary>
public class GarminSdkCrossCheckTests(ITestOutputHelper output)
{
    private const double DegreesPerSemicircle = 180.0 / 2147483648.0;

    /// <summary>Files Garmin's SDK reads without error (it rejects compressed timestamps, and the three
    /// deliberately broken samples fail its integrity check).</summary>
    [Theory]
    [InlineData("2019-02-17-062644-ELEMNT-297E-195-0.fit")]
    [InlineData("Activity.fit")]
    [InlineData("activity-large-fenxi2-multisport.fit")]
    [InlineData("activity-small-fenix2-run.fit")]
    [InlineData("developer-types-sample.fit")]
    [InlineData("event_timestamp.fit")]
    [InlineData("garmin-edge-500-activity.fit")]
    [InlineData("garmin-fenix-5-run.fit")]
    [InlineData("sample_mulitple_header.fit")]
    public void Decode_SampleFile_SameRecordsAsGarminSdk(string file)
    {
        var oracleDir = Path.Combine(SharedPaths.RepoRoot, "bench", "garmin");
        if (!Directory.Exists(Path.Combine(oracleDir, "node_modules", "@garmin", "fitsdk")) || !NodeAvailable())
        {
            output.WriteLine("Not checked: node or bench/garmin/node_modules (npm ci) is missing.");
            return;
        }

        var path = SharedPaths.Samples("fit", file);
        using var json = JsonDocument.Parse(RunNode(oracleDir, path));
        Assert.True(json.RootElement.GetProperty("integrity").GetBoolean());
        Assert.Equal(0, json.RootElement.GetProperty("errors").GetArrayLength());
        var garmin = json.RootElement.GetProperty("records").EnumerateArray().ToList();

        var activities = new FitDecoder().Decode(File.ReadAllBytes(path));
        var ours = activities.SelectMany(a => a.Samples).ToList();
        Assert.Equal(garmin.Count, ours.Count);

        // Running cadence is strides/min in FIT and steps/min here; multisport files mix both.
        var sport = activities[0].Sport;
        int[] factors = sport == Sport.Multisport ? [1, 2] : sport is Sport.Running or Sport.Walking or Sport.Hiking ? [2] : [1];
        for (var i = 0; i < ours.Count; i++)
        {
            var g = garmin[i];
            var s = ours[i];
            Assert.Equal(Number(g, "t"), s.Time is { } t ? t.ToUnixTimeSeconds() - 631_065_600 : null);
            Assert.Equal(Number(g, "lat"), s.Latitude is { } lat ? Math.Round(lat / DegreesPerSemicircle) : null);
            Assert.Equal(Number(g, "lon"), s.Longitude is { } lon ? Math.Round(lon / DegreesPerSemicircle) : null);
            AssertClose(Number(g, "distance"), s.DistanceMeters, i, "distance");
            // Known SDK deviation (decoder.js: convertInvalidToNull: !field?.hasComponents): it reads a field
            // that has components (speed) without mapping the
            // uint16 invalid sentinel 0xFFFF to null and reports 65.535 m/s; we report no speed.
            var garminSpeed = Number(g, "speed") is 65.535 ? null : Number(g, "speed");
            AssertClose(garminSpeed, s.SpeedMetersPerSecond, i, "speed");
            Assert.Equal(Number(g, "heartRate"), s.HeartRateBpm);
            var cadence = Number(g, "cadence") is { } c ? c + (Number(g, "fractionalCadence") ?? 0) : (double?)null;
            if (cadence is null)
            {
                Assert.Null(s.Cadence);
            }
            else
            {
                Assert.NotNull(s.Cadence);
                Assert.Contains(factors, f => Math.Abs((cadence.Value * f) - s.Cadence.Value) < 1e-9);
            }
        }
    }

    private static double? Number(JsonElement record, string name) =>
        record.GetProperty(name).ValueKind == JsonValueKind.Null ? null : record.GetProperty(name).GetDouble();

    private static void AssertClose(double? expected, double? actual, int index, string field)
    {
        Assert.True(expected.HasValue == actual.HasValue, $"record {index} {field}: Garmin {expected}, ours {actual}");
        if (expected is { } e)
        {
            Assert.Equal(e, actual!.Value, 1e-9);
        }
    }

    private static bool NodeAvailable()
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, UseShellExecute = false });
            p!.WaitForExit(10_000);
            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static string RunNode(string workingDirectory, string fitFile)
    {
        var info = new ProcessStartInfo("node") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add("records.mjs");
        info.ArgumentList.Add(fitFile);
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit(60_000);
        Assert.Equal(0, p.ExitCode);
        return stdout;
    }
}
