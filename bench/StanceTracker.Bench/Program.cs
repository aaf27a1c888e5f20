using System.Diagnostics;
using StanceTracker.Bench;

// The benchmark suite (see docs/BENCHMARKS.md). Run from the repository root:
//   dotnet run -c Release --project bench/StanceTracker.Bench [-- COMMAND] [--quick] [options]
// COMMAND: all (default), extract, ingest, log-append, queries, record-growth, payloads (not part of all). --quick: every part small, under two minutes;
// the last line printed is one JSON object with every figure and its unit. The full `all` writes docs/BENCHMARKS.md.
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine($"bench: {ex.Message}");
    return 2;
}

var report = new BenchReport();
var clock = Stopwatch.StartNew();
report.Text($"# StanceTracker benchmarks{(options.Quick ? " (quick)" : "")}");
report.Text($"\nCommand: `dotnet run -c Release --project bench/StanceTracker.Bench -- {string.Join(' ', args)}`");
MachineInfo.Describe(report);

try
{
    if (options.Command is "all" or "extract")
        ExtractionBenchmark.Run(options, report);
    if (options.Command is "all" or "ingest")
        await IngestBenchmark.RunAsync(options, report);
    if (options.Command is "all" or "log-append")
        await LogAppendBenchmark.RunAsync(options, report);
    if (options.Command is "all" or "queries")
        await QueryBenchmark.RunAsync(options, report);
    if (options.Command is "all" or "record-growth")
        await RecordGrowthBenchmark.RunAsync(options, report);
    if (options.Command is "payloads")
        PayloadBenchmark.Run(options, report);
}
catch (Exception ex) when (ex is Npgsql.NpgsqlException or StackExchange.Redis.RedisConnectionException)
{
    // A server given with --postgres or --redis that does not answer: say which, not a stack trace.
    Console.Error.WriteLine($"bench: a server given on the command line failed ({ex.GetType().Name}): {ex.Message}");
    return 1;
}

report.Text($"\nLoad average at the end (1, 5, 15 min): {MachineInfo.Load()}; whole run {clock.Elapsed.TotalSeconds:F0} s.");
report.Add("machine.load_at_end", MachineInfo.LoadOneMinute(), "runnable processes (1-min average)");
report.Add("run.seconds", clock.Elapsed.TotalSeconds, "s");
if (options.Output is { } output)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
    var existing = File.Exists(output) ? await File.ReadAllTextAsync(output) : null;
    await File.WriteAllTextAsync(output, BenchMarkdown.Document(report, existing));
    Console.Error.WriteLine($"bench: wrote {output}");
}
Console.WriteLine();
Console.WriteLine(report.SummaryJson());
return 0;
