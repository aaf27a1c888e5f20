using StanceTracker.Extraction.Intake;

namespace StanceTracker.Extraction.Tests.Intake;

/// <summary>The real corpora (read in place from ../shared, never copied) must read completely, every article dated.</summary>
public sealed class IntakeCorpusTests
{
    [Theory]
    [InlineData("ar/saudinewsnet-libya-2015/articles.jsonl", 171, "ar", 2015, 2015)]
    [InlineData("en/allsides-mideast-2019-2020/articles.jsonl", 200, "en", 2014, 2020)]
    public void Every_corpus_line_reads_as_a_dated_article(string relative, int expected, string language, int firstYear, int lastYear)
    {
        var path = IntakeTestFiles.Corpus(relative);

        var results = ArticleReader.Read(path).ToList();

        Assert.Empty(results.Where(r => r.Failure is not null).Select(r => r.Failure!.ToString()));
        Assert.Equal(expected, results.Count);
        var articles = results.Select(r => r.Article!).ToList();
        Assert.All(articles, a =>
        {
            Assert.NotNull(a.Published);
            Assert.InRange(a.Published.Value.Year, firstYear, lastYear);
            Assert.False(string.IsNullOrWhiteSpace(a.Id));
            Assert.False(string.IsNullOrWhiteSpace(a.Title));
            Assert.False(string.IsNullOrWhiteSpace(a.Source));
            Assert.False(string.IsNullOrWhiteSpace(a.Text));
            Assert.Equal(path, a.Path);
        });
        Assert.Equal(expected, articles.Select(a => a.Id).Distinct().Count());
        // Most articles of each corpus are detected as its language (a few English pieces quote no Arabic and vice versa).
        Assert.True(articles.Count(a => a.Language == language) >= expected * 0.95, $"fewer than 95% detected as {language}");
    }

    [Fact]
    public void Arabic_corpus_date_extracted_keeps_its_time_of_day_as_utc()
    {
        var first = ArticleReader.Read(IntakeTestFiles.Corpus("ar/saudinewsnet-libya-2015/articles.jsonl")).First().Article!;

        Assert.Equal("snn-lib-000", first.Id);
        Assert.Equal(new DateTimeOffset(2015, 7, 21, 2, 18, 24, TimeSpan.Zero), first.Published);
        // Scraped titles carry HTML entities; the reader decodes them in the title (metadata only).
        Assert.DoesNotContain("&#8220;", first.Title, StringComparison.Ordinal);
        Assert.Contains("\u201C", first.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void English_corpus_uses_upper_case_ID_and_date_only_values()
    {
        var first = ArticleReader.Read(IntakeTestFiles.Corpus("en/allsides-mideast-2019-2020/articles.jsonl")).First().Article!;

        Assert.Equal("dlWH5gIOVrpJSv6L", first.Id);
        Assert.Equal(new DateTimeOffset(2014, 5, 20, 0, 0, 0, TimeSpan.Zero), first.Published);
        Assert.Equal("Christian Science Monitor", first.Source);
    }
}
