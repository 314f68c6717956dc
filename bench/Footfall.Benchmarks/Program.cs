using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project bench/Footfall.Benchmarks -- --filter '*Assessment*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
