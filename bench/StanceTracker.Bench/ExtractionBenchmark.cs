using System.Diagnostics;
using System.Text;
using StanceTracker.Extraction.Intake;
using StanceTracker.Extraction.Model;
using StanceTracker.Extraction.Pipeline;

namespace StanceTracker.Bench;

/// <summary>
/// Extraction on one core over a whole corpus file, stage by stage: reading (decode + parse + dates), reading plus
/// normalising and resolving actors, and the whole pipeline. Each stage runs a few passes and reports the best,
/// after a warm-up pass, so JIT and first-touch costs are left out.
/// </summary>
public static class ExtractionBenchmark
{
    private const int Passes = 5;

    public static void Run(string corpus)
    {
        var extractor = StanceExtractor.Load();
        var articles = Read(corpus);
        var megabytes = articles.Sum(a => Encoding.UTF8.GetByteCount(a.Text)) / 1_000_000.0;
        Console.WriteLine($"extraction: {corpus}: {articles.Count} articles, {megabytes:F1} MB of text, one thread, best of {Passes}");

        Report("read", articles.Count, megabytes, () => Read(corpus).Count);
        Report("read + normalise + resolve actors", articles.Count, megabytes,
            () => Read(corpus).Sum(a => extractor.FindMentions(a.Text, a.Published).Count));
        Report("whole extraction (from text in memory)", articles.Count, megabytes,
            () => articles.Sum(a => extractor.Extract(a).Statements.Count));
    }

    private static List<ArticleText> Read(string corpus) =>
        [.. ArticleReader.Read(corpus).Select(r => r.Article).OfType<ArticleText>()];

    private static void Report(string stage, int count, double megabytes, Func<int> work)
    {
        var produced = work(); // warm-up
        var best = TimeSpan.MaxValue;
        for (var pass = 0; pass < Passes; pass++)
        {
            var clock = Stopwatch.StartNew();
            produced = work();
            clock.Stop();
            if (clock.Elapsed < best) best = clock.Elapsed;
        }
        Console.WriteLine($"| {stage} | {best.TotalMilliseconds:F0} ms | {count / best.TotalSeconds:F0} articles/s | {megabytes / best.TotalSeconds:F2} MB/s | {produced} items |");
    }
}
