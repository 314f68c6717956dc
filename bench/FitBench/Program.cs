using System.Diagnostics;
using System.Globalization;
using Footfall.Activities.Fit;

// Decodes the given FIT files round-robin for a fixed time after a warm-up and prints throughput.
// Usage: FitBench [--seconds N] FILE...   Last line: "total <MB/s> <records/s>" (MB = 10^6 bytes).
var seconds = 5.0;
var paths = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--seconds")
    {
        seconds = double.Parse(args[++i], CultureInfo.InvariantCulture);
    }
    else
    {
        paths.Add(args[i]);
    }
}

if (paths.Count == 0)
{
    Console.Error.WriteLine("usage: FitBench [--seconds N] FILE...");
    return 2;
}

var files = paths.Select(File.ReadAllBytes).ToArray();
var decoder = new FitDecoder();

// Warm-up: let tiered compilation reach optimised code.
var warmUp = Stopwatch.StartNew();
while (warmUp.Elapsed.TotalSeconds < Math.Min(2, seconds / 2))
{
    foreach (var f in files)
    {
        decoder.Decode(f, out _);
    }
}

long bytes = 0;
long records = 0;
var rounds = 0;
var clock = Stopwatch.StartNew();
while (clock.Elapsed.TotalSeconds < seconds)
{
    foreach (var f in files)
    {
        decoder.Decode(f, out var n);
        bytes += f.Length;
        records += n;
    }

    rounds++;
}

var elapsed = clock.Elapsed.TotalSeconds;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ours: {files.Length} files, {rounds} rounds, {elapsed:F2} s"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total {bytes / elapsed / 1e6:F2} {records / elapsed:F0}"));
return 0;
