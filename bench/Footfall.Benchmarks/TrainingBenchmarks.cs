using BenchmarkDotNet.Attributes;
using Footfall.Training;

namespace Footfall.Benchmarks;

/// <summary>
/// Recomputing every training signal for ten years of daily data (3,650 days, about 2,600 runs at five a week,
/// twelve shoes in rotation). Issue 4's target: at most 5 ms.
/// Run: <c>dotnet run -c Release --project bench/Footfall.Benchmarks -- --filter *TrainingBenchmarks* --job short</c>
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TrainingBenchmarks
{
    private static readonly DateOnly Today = new(2026, 3, 1);
    private RunSummary[] _runs = [];
    private TrackedShoe[] _shoes = [];
    private TimeZoneInfo _zone = TimeZoneInfo.Utc;

    [GlobalSetup]
    public void Setup()
    {
        _zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var random = new Random(20260301);
        _shoes = [.. Enumerable.Range(0, 12).Select(i => new TrackedShoe(
            Guid.NewGuid(), $"Pair {i + 1}", 0, Today.AddDays(-3650 + (i * 300)), i < 10 ? Today.AddDays(-3650 + (i * 300) + 330) : null))];
        var runs = new List<RunSummary>();
        var first = Today.AddDays(-3649);
        for (var day = 0; day < 3650; day++)
        {
            // Rest on two days a week: five runs a week, about 2,600 in ten years.
            if (day % 7 is 2 or 5)
                continue;
            var date = first.AddDays(day);
            var km = 5 + (random.NextDouble() * 15);
            var start = new DateTimeOffset(date.ToDateTime(new TimeOnly(5 + random.Next(14), random.Next(60))), TimeSpan.Zero);
            runs.Add(new RunSummary(
                Guid.NewGuid(), start, Footfall.Activities.Sport.Running, km * 1000, TimeSpan.FromMinutes(km * 5.5),
                165 + (random.NextDouble() * 15), 48.5 + (random.NextDouble() * 3), _shoes[Math.Min(11, day / 300)].Id,
                day % 3 == 0 ? random.Next(2, 9) : null));
        }

        _runs = [.. runs];
    }

    [Benchmark]
    public TrainingReport AllSignalsTenYears() => TrainingReport.Compute(_runs, _shoes, _zone, Today);
}
