using System.Text;
using StanceTracker.Extraction.Intake;
using StanceTracker.Extraction.Model;

namespace StanceTracker.Bench;

/// <summary>The real articles the benchmarks run on, and re-dated copies of them for load at scale.</summary>
public static class CorpusArticles
{
    public static List<ArticleText> Read(string path) =>
        [.. ArticleReader.Read(path).Select(r => r.Article).OfType<ArticleText>()];

    public static double Megabytes(IEnumerable<ArticleText> articles) => articles.Sum(a => Encoding.UTF8.GetByteCount(a.Text)) / 1_000_000.0;

    /// <summary>
    /// The articles, then <paramref name="copies"/> more rounds of them, each round moved 97 days later with its own
    /// ids: new articles to the system (extraction runs again, statements land on the same actors over years of dates),
    /// as a newsroom's feed would bring them.
    /// </summary>
    public static List<ArticleText> WithCopies(IReadOnlyList<ArticleText> articles, int copies)
    {
        var all = new List<ArticleText>(articles);
        for (var round = 1; round <= copies; round++)
            foreach (var article in articles)
                all.Add(article with
                {
                    Id = $"{ArticleIdentity.For(article)}-copy{round}",
                    Published = article.Published?.AddDays(97 * round),
                });
        return all;
    }
}
