using System.Diagnostics;
using StanceTracker.Extraction.Model;
using StanceTracker.Extraction.Pipeline;
using StanceTracker.Extraction.Text;

namespace StanceTracker.Bench;

/// <summary>
/// Extraction on one core over each corpus, stage by stage: reading (decode, parse, dates), the text chain alone
/// (normalise, tokenise, quotations, sentences), that plus actor resolution, and the whole pipeline. The process is
/// pinned to one core for this part; each stage runs a warm-up pass and reports the best of the timed passes, so JIT
/// and first-touch costs are left out. Then the whole pipeline on every core, which bounds what ingest can reach.
/// </summary>
public static class ExtractionBenchmark
{
    public static void Run(BenchOptions options, BenchReport report)
    {
        report.Heading("Extraction");
        report.Text($"One thread pinned to one core, best of {options.ExtractionPasses} passes after a warm-up; MB are UTF-8 bytes of article text.");
        var extractor = StanceExtractor.Load();
        var rows = new List<IReadOnlyList<string>>();
        using (OneCore.Pin())
        {
            foreach (var (label, path) in options.Corpora())
            {
                var articles = CorpusArticles.Read(path);
                var megabytes = CorpusArticles.Megabytes(articles);
                var key = label.ToLowerInvariant();
                void Stage(string stage, string name, Func<int> work)
                {
                    var (seconds, cpu, allocated) = BestWithCpu(options.ExtractionPasses, work);
                    rows.Add([$" {label} ({articles.Count} articles, {megabytes:F2} MB)", $" {stage}", BenchReport.N(articles.Count / seconds), BenchReport.N(megabytes / seconds, 2),
                        BenchReport.N(articles.Count / cpu), BenchReport.N(megabytes / cpu, 2), BenchReport.N(allocated / 1024.0 / articles.Count, 1)]);
                    report.Add($"extraction.{key}.{name}.articles_per_s", articles.Count / seconds, "articles/s (1 core, wall clock)");
                    report.Add($"extraction.{key}.{name}.mb_per_s", megabytes / seconds, "MB/s (1 core, wall clock)");
                    report.Add($"extraction.{key}.{name}.articles_per_cpu_s", articles.Count / cpu, "articles per CPU-second");
                    report.Add($"extraction.{key}.{name}.mb_per_cpu_s", megabytes / cpu, "MB per CPU-second");
                    report.Add($"extraction.{key}.{name}.kb_allocated_per_article", allocated / 1024.0 / articles.Count, "KB allocated per article (after warm-up)");
                }
                Stage("read (decode, parse, dates)", "read", () => CorpusArticles.Read(path).Count);
                Stage("normalise + tokenise + sentences", "normalise", () => articles.Sum(a => AnalyzedText.Analyze(a.Text).Tokens.Count));
                Stage("normalise + resolve actors", "resolve", () => articles.Sum(a => extractor.FindMentions(a.Text, a.Published).Count));
                Stage("whole extraction (text in memory)", "whole", () => articles.Sum(a => extractor.Extract(a).Statements.Count));
            }
        }
        report.Table([" corpus", " stage", "articles/s", "MB/s", "articles per CPU-s", "MB per CPU-s", "KB allocated per article"], rows);
        report.Text("Per CPU-second: divided by the process's CPU time instead of the wall clock, so that other processes on a shared core do not count; the two agree on a quiet machine. " +
            "KB allocated: bytes the extracting thread allocated in its leanest timed pass, per article; unlike the times it does not depend on machine load, so it shows a change in the hot path even on a busy machine.");

        // Every core: what extraction alone allows the ingest path on this machine.
        var both = options.Corpora().SelectMany(c => CorpusArticles.Read(c.Path)).ToList();
        var parallelSeconds = Best(options.ExtractionPasses, () =>
        {
            var statements = 0;
            Parallel.ForEach(both, article => Interlocked.Add(ref statements, extractor.Extract(article).Statements.Count));
            return statements;
        });
        AllCoresArticlesPerSecond = both.Count / parallelSeconds;
        report.Text($"\nWhole extraction on all {Environment.ProcessorCount} cores, both corpora ({both.Count} articles): {BenchReport.N(AllCoresArticlesPerSecond)} articles/s.");
        report.Add("extraction.all_cores.articles_per_s", AllCoresArticlesPerSecond, $"articles/s ({Environment.ProcessorCount} cores)");
    }

    /// <summary>Extraction alone on every core, as last measured (0 before <see cref="Run"/>).</summary>
    public static double AllCoresArticlesPerSecond { get; private set; }

    /// <summary>
    /// The best wall-clock time of the passes, the best process CPU time (on one core the process's threads, GC
    /// included, share it), and the fewest bytes this thread allocated in a pass (the work runs on the calling thread).
    /// </summary>
    public static (double Seconds, double CpuSeconds, long AllocatedBytes) BestWithCpu(int passes, Func<int> work)
    {
        work(); // warm-up
        var process = Process.GetCurrentProcess();
        double best = double.MaxValue, bestCpu = double.MaxValue;
        var leastAllocated = long.MaxValue;
        for (var pass = 0; pass < passes; pass++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            work();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
            leastAllocated = Math.Min(leastAllocated, GC.GetAllocatedBytesForCurrentThread() - allocated);
            process.Refresh();
            bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpu).TotalSeconds);
        }
        return (best, bestCpu, leastAllocated);
    }

    public static double Best(int passes, Func<int> work)
    {
        work(); // warm-up
        var best = double.MaxValue;
        for (var pass = 0; pass < passes; pass++)
        {
            var clock = Stopwatch.StartNew();
            work();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        return best;
    }
}
