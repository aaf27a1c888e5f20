using BenchmarkDotNet.Running;

// The inner stages of extraction, one article at a time, with allocations (MemoryDiagnoser). Run from the repository
// root: dotnet run -c Release --project bench/StanceTracker.Bench.Micro -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(StanceTracker.Bench.Micro.ExtractionStages).Assembly).Run(args);
