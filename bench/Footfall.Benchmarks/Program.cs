using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project bench/Footfall.Benchmarks -- --filter "*Assessment*" (or "*Training*", "*FreeSlot*")
namespace Footfall.Benchmarks;

public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
