using StanceTracker.Extraction.Intake;
using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Tests.Pipeline;

/// <summary>
/// The repository's samples tell one story: Russia backs Haftar in January–February 2020 and opposes his offensive by
/// June–July. The extractor must read that from every sample, in both languages.
/// </summary>
public class SamplesStanceTests
{
    private static IReadOnlyList<ExtractedArticle> Samples()
    {
        var folder = SharedData.RepoFolder("samples");
        Assert.True(folder is not null, "samples/ not found beside the solution");
        var results = ArticleReader.Read(folder).ToList();
        Assert.All(results, r => Assert.Null(r.Failure));
        return results.Select(r => Extractors.Shipped.Extract(r.Article!)).ToList();
    }

    private static double RussiaTowardHaftar(ExtractedArticle article, out int count)
    {
        var scores = article.Statements
            .Where(s => s.Speaker.Id == "russia")
            .SelectMany(s => s.Stances)
            .Where(t => t.Target.Id == "haftar" && t.Polarity != Polarity.Neutral)
            .Select(t => t.Score)
            .ToList();
        count = scores.Count;
        return scores.Sum();
    }

    [Fact]
    public void Russia_supports_haftar_early_and_opposes_him_later()
    {
        var articles = Samples();
        Assert.True(articles.Count >= 6);
        var early = articles.Where(a => a.Article.Published is { Month: <= 2 }).ToList();
        var late = articles.Where(a => a.Article.Published is { Month: >= 6 }).ToList();
        Assert.NotEmpty(early);
        Assert.NotEmpty(late);

        foreach (var article in early)
        {
            var net = RussiaTowardHaftar(article, out var count);
            if (count == 0) continue; // an early sample may not quote Russia at all
            Assert.True(net > 0, $"{article.Article.Path}: Russia toward Haftar should be support, net {net}");
        }
        foreach (var article in late)
        {
            var net = RussiaTowardHaftar(article, out var count);
            Assert.True(count > 0, $"{article.Article.Path}: no stance of Russia toward Haftar found");
            Assert.True(net < 0, $"{article.Article.Path}: Russia toward Haftar should be oppose, net {net}");
        }
        Assert.Contains(early, a => RussiaTowardHaftar(a, out var n) > 0 && n > 0);
    }

    [Fact]
    public void Other_sample_positions_read_as_written()
    {
        var statements = Samples().SelectMany(a => a.Statements).ToList();
        Polarity[] Toward(string speaker, string target) => statements
            .Where(s => s.Speaker.Id == speaker).SelectMany(s => s.Stances)
            .Where(t => t.Target.Id == target && t.Polarity != Polarity.Neutral).Select(t => t.Polarity).Distinct().ToArray();

        Assert.Equal([Polarity.Oppose], Toward("erdogan", "haftar"));
        Assert.Equal([Polarity.Support], Toward("sarraj", "turkey"));
        Assert.Equal([Polarity.Support], Toward("egypt", "haftar"));
    }
}
