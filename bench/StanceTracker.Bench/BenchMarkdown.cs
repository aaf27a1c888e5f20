namespace StanceTracker.Bench;

/// <summary>docs/BENCHMARKS.md: the run's tables, then the micro-benchmarks of the inner stages if they were run.</summary>
public static class BenchMarkdown
{
    public static string Document(BenchReport report, BenchOptions options)
    {
        var text = report.Markdown;
        var micro = Directory.Exists("BenchmarkDotNet.Artifacts/results")
            ? Directory.GetFiles("BenchmarkDotNet.Artifacts/results", "*-report-github.md").OrderBy(f => f, StringComparer.Ordinal).ToList()
            : [];
        text += "\n## Inner stages (BenchmarkDotNet)\n\n";
        if (micro.Count == 0)
            text += "Not run before this report. Run `dotnet run -c Release --project bench/StanceTracker.Bench.Micro -- --filter '*'` from the repository root, then this suite, to include them.\n";
        foreach (var file in micro)
            text += $"From `{file}` ({File.GetLastWriteTimeUtc(file):yyyy-MM-dd HH:mm} UTC):\n\n{File.ReadAllText(file)}\n";
        return text;
    }
}
