using System.Diagnostics;
using System.Text.Json;
using Footfall.Activities;
using Footfall.Tests.Support;
using Xunit.Abstractions;

namespace Footfall.Tests.Activities.Fit;

/// <summary>
/// Every FIT file in <c>../shared/samples/external/</c> (other projects' fixtures) against Garmin's JavaScript SDK
/// run at test time (<c>bench/garmin/summary.mjs</c>, heart rate merged from <c>hr</c> messages as the SDK does by
/// default): record count, start time, distance, duration, heart-rate sample count and sport. Where the SDK reads a
/// damaged file in part, ours must keep the same records. Runs when <c>node</c> and <c>bench/garmin/node_modules</c>
/// are there (test.sh installs them); otherwise says so and passes.
/// </summary>
public class ExternalFitGoldenTests(ITestOutputHelper output)
{
    private const long FitEpochUnixSeconds = 631_065_600;

    private static readonly Lazy<Dictionary<string, JsonElement>?> Sdk = new(ReadSdk);

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(SharedPaths.Samples("external"), "*.fit", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(SharedPaths.Samples("external"), path).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Decode_ExternalFitFile_MatchesGarminSdk(string file)
    {
        if (Sdk.Value is not { } sdk)
        {
            output.WriteLine("Not checked: node or bench/garmin/node_modules (npm ci) is missing.");
            return;
        }

        var g = sdk[file];
        var activities = new Footfall.Activities.Fit.FitDecoder().Decode(File.ReadAllBytes(SharedPaths.Samples("external", file)));
        var records = activities.Sum(a => a.Samples.Count);
        var sdkRecords = g.GetProperty("records").GetInt32();
        if (sdkRecords == 0 && g.GetProperty("errors").GetArrayLength() > 0)
        {
            // The SDK stops at a compressed-timestamp record before any full timestamp: these two files keep time
            // in system time with nothing to anchor it (time_created is system time too), so ours keeps the records
            // and drops the times; python-fitparse's CSV for compressed-speed-distance has 754 records plus one empty.
            Assert.Contains(file, (string[])["python-fitparse/antfs-dump.63.fit", "python-fitparse/compressed-speed-distance.fit"]);
            Assert.True(g.GetProperty("timeCreated").GetInt64() < 0x10000000);
            var single = Assert.Single(activities);
            Assert.Null(single.Start);
            Assert.Equal(file.EndsWith("compressed-speed-distance.fit", StringComparison.Ordinal) ? 755 : 686, records);
            return;
        }

        Assert.Equal(sdkRecords, records);
        Assert.Equal(g.GetProperty("heartRateRecords").GetInt32(), activities.Sum(a => a.Samples.Count(s => s.HeartRateBpm is not null)));
        var sessions = g.GetProperty("sessions").EnumerateArray().ToList();
        if (sdkRecords == 0 && sessions.Count == 0)
        {
            Assert.Empty(activities); // settings, monitoring, workouts, weight scale: not activities
            return;
        }

        Assert.NotEmpty(activities);
        var starts = sessions.Select(s => Number(s, "startTime")).Where(t => t is not null).Select(t => t!.Value).ToList();
        var expectedStart = starts.Count > 0 ? starts.Min() : Number(g, "firstRecordTime");
        Assert.Equal(expectedStart is { } st ? DateTimeOffset.FromUnixTimeSeconds(FitEpochUnixSeconds + (long)st) : null, activities.Select(a => a.Start).Min());

        var elapsed = sessions.Select(s => Number(s, "totalElapsedTime")).Where(t => t is not null).Sum(t => t!.Value);
        var expectedDuration = sessions.Count > 0 && elapsed > 0
            ? elapsed
            : (Number(g, "lastRecordTime") ?? 0) - (Number(g, "firstRecordTime") ?? 0);
        Assert.Equal(expectedDuration, activities.Sum(a => a.Duration.TotalSeconds), 3);

        var distance = sessions.Select(s => Number(s, "totalDistance")).Where(d => d is not null).ToList();
        var expectedDistance = distance.Count > 0 ? distance.Sum(d => d!.Value) : Number(g, "lastDistance") ?? 0;
        Assert.Equal(expectedDistance, activities.Sum(a => a.DistanceMeters), 2);

        Assert.Equal(SdkSport(sessions, Number(g, "sportMessage")), activities[0].Sport);
    }

    /// <summary>FIT sport numbers as Footfall reduces them; several sports (transitions aside) make a multisport;
    /// without sessions (a file cut before them), the <c>sport</c> message says.</summary>
    private static Sport SdkSport(List<JsonElement> sessions, double? sportMessage)
    {
        var sports = sessions.Select(s => Number(s, "sport")).Where(s => s is not null and not 3).Select(s => (int)s!.Value).Distinct().ToList();
        if (sessions.Count == 0 && sportMessage is { } m)
        {
            sports = [(int)m];
        }

        return sports.Count switch
        {
            0 => Sport.Unknown,
            > 1 => Sport.Multisport,
            _ => sports[0] switch
            {
                1 => Sport.Running,
                2 => Sport.Cycling,
                5 => Sport.Swimming,
                11 => Sport.Walking,
                17 => Sport.Hiking,
                18 => Sport.Multisport,
                _ => Sport.Other,
            },
        };
    }

    private static double? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static Dictionary<string, JsonElement>? ReadSdk()
    {
        var oracle = Path.Combine(SharedPaths.RepoRoot, "bench", "garmin");
        if (!Directory.Exists(Path.Combine(oracle, "node_modules", "@garmin", "fitsdk")))
        {
            return null;
        }

        var root = SharedPaths.Samples("external");
        var info = new ProcessStartInfo("node") { WorkingDirectory = oracle, RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add("summary.mjs");
        var files = Directory.EnumerateFiles(root, "*.fit", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        foreach (var f in files)
        {
            info.ArgumentList.Add(f);
        }

        Process p;
        try
        {
            p = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }

        using (p)
        {
            var lines = p.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            p.WaitForExit(120_000);
            Assert.Equal(0, p.ExitCode);
            Assert.Equal(files.Count, lines.Length);
            return files.Zip(lines).ToDictionary(
                x => Path.GetRelativePath(root, x.First).Replace('\\', '/'),
                x => JsonDocument.Parse(x.Second).RootElement.Clone(),
                StringComparer.Ordinal);
        }
    }
}
