using System.Diagnostics;
using StanceTracker.Abstractions.Articles;
using StanceTracker.Abstractions.Grains;
using StanceTracker.Extraction.Intake;
using StanceTracker.Extraction.Model;

namespace StanceTracker.Bench;

/// <summary>
/// The whole ingest path as `stance ingest` drives it: read, send to the article grain, extract in the silo, log
/// per speaker, write article state. Run twice over the same corpus: the second pass measures re-ingest (all already known).
/// </summary>
public static class IngestBenchmark
{
    public static async Task RunAsync(string corpus)
    {
        var articles = ArticleReader.Read(corpus).Select(r => r.Article).OfType<ArticleText>().ToList();
        await using var silo = await BenchmarkSilo.StartAsync();
        foreach (var pass in new[] { "first ingest", "re-ingest" })
        {
            var statements = 0;
            var clock = Stopwatch.StartNew();
            await Parallel.ForEachAsync(articles, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (article, _) =>
            {
                var id = ArticleIdentity.For(article);
                var outcome = await silo.Grains.GetGrain<IArticleGrain>(id).IngestAsync(new ArticleSubmission(
                    id, article.Title, article.Source, article.Url, article.Published, article.Language, article.Text, article.Path));
                if (outcome.Status == IngestStatus.Stored)
                    Interlocked.Add(ref statements, outcome.Statements);
            });
            var seconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"ingest {pass}: {articles.Count} articles, {statements} new statements in {seconds:F2} s = {articles.Count / seconds:F0} articles/s");
        }
    }
}
