using System.Diagnostics;
using System.Globalization;
using Footfall.Activities;

// Usage: XmlBench FILE  -> one line: "<file> samples=N|error=... seconds=S peak_mb=P"
// Decodes FILE once with ActivityDecoders.Decode (the path every upload takes) and reports the process's
// peak working set, which includes the runtime itself.
var path = args.Length == 1 ? args[0] : throw new ArgumentException("usage: XmlBench FILE");
var watch = Stopwatch.StartNew();
string outcome;
try
{
    using var stream = File.OpenRead(path);
    var activities = ActivityDecoders.Decode(stream, Path.GetFileName(path));
    outcome = string.Create(CultureInfo.InvariantCulture, $"samples={activities.Sum(a => a.Samples.Count)}");
}
catch (ActivityFormatException ex)
{
    outcome = "refused=\"" + ex.Message + "\"";
}

watch.Stop();
using var self = Process.GetCurrentProcess();
self.Refresh();
Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"{Path.GetFileName(path)} {outcome} seconds={watch.Elapsed.TotalSeconds:0.00} peak_mb={self.PeakWorkingSet64 / 1048576.0:0.0}"));
