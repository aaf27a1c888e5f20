using StanceTracker.Extraction.Intake;

namespace StanceTracker.Extraction.Tests.Intake;

/// <summary>The quick-start samples must read cleanly: every article titled, sourced and dated in January–July 2020.</summary>
public sealed class IntakeSamplesTests
{
    [Fact]
    public void Samples_folder_reads_without_failures()
    {
        var results = ArticleReader.Read(IntakeTestFiles.SamplesDir).ToList();

        Assert.Empty(results.Where(r => r.Failure is not null).Select(r => r.Failure!.ToString()));
        var articles = results.Select(r => r.Article!).ToList();
        Assert.Equal(8, articles.Count);
        Assert.All(articles, a =>
        {
            Assert.False(string.IsNullOrWhiteSpace(a.Title));
            Assert.False(string.IsNullOrWhiteSpace(a.Source));
            Assert.NotNull(a.Published);
            Assert.InRange(a.Published.Value, new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2020, 8, 1, 0, 0, 0, TimeSpan.Zero));
        });
        Assert.Equal(3, articles.Count(a => a.Language == "ar"));
        Assert.Equal(5, articles.Count(a => a.Language == "en"));
    }

    [Fact]
    public void Samples_tell_russias_shift_from_support_to_rejection()
    {
        var articles = ArticleReader.Read(IntakeTestFiles.SamplesDir).Select(r => r.Article!).OrderBy(a => a.Published).ToList();

        Assert.Contains("أكدت موسكو دعمها لقوات حفتر", articles[0].Text, StringComparison.Ordinal);
        Assert.Contains("أعلنت موسكو رفضها للحل العسكري الذي يتبناه حفتر", articles[^2].Text, StringComparison.Ordinal);
        Assert.Contains("The Kremlin said it rejects Haftar's military offensive", articles[^1].Text, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2020, 1, 8, 10, 30, 0, TimeSpan.Zero), articles[0].Published);
        Assert.Equal(new DateTimeOffset(2020, 6, 10, 21, 10, 0, TimeSpan.Zero), articles[^2].Published);
    }
}
