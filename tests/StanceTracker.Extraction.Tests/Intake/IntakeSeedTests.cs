using StanceTracker.Extraction.Intake;

namespace StanceTracker.Extraction.Tests.Intake;

public sealed class IntakeSeedTests
{
    private const string SeedTitle = "السراج وأردوغان يخاطبان الدول الداعمة لحفتر.. تحول بموقف موسكو والوفاق تتقدم في ترهونة بعد استعادة كامل طرابلس";

    [Fact]
    public void Seed_article_yields_title_source_and_evening_date()
    {
        var results = ArticleReader.Read(IntakeTestFiles.SeedPath).ToList();

        var result = Assert.Single(results);
        Assert.Null(result.Failure);
        var article = result.Article!;
        Assert.Equal(SeedTitle, article.Title);
        Assert.Equal("الجزيرة نت", article.Source);
        Assert.Equal(new DateTimeOffset(2020, 6, 4, 20, 45, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(TimeSpan.Zero, article.Published!.Value.Offset);
        Assert.Equal("ar", article.Language);
        Assert.Equal(IntakeTestFiles.SeedPath, article.Path);
    }

    [Fact]
    public void Seed_text_is_the_whole_file_so_offsets_index_the_file()
    {
        var article = ArticleReader.Read(IntakeTestFiles.SeedPath).Single().Article!;

        Assert.StartsWith(SeedTitle, article.Text, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(IntakeTestFiles.SeedPath), article.Text);
        Assert.Contains("- الجزيرة نت الخميس, 04 يونيو, 2020 - 08:45 مساءً", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_date_in_the_file_wins_over_the_default_date()
    {
        var fallback = new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var article = ArticleReader.Read(IntakeTestFiles.SeedPath, fallback).Single().Article!;

        Assert.Equal(new DateTimeOffset(2020, 6, 4, 20, 45, 0, TimeSpan.Zero), article.Published);
    }
}
