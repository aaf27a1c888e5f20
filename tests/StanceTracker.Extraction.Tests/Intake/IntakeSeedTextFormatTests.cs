using StanceTracker.Extraction.Intake;

namespace StanceTracker.Extraction.Tests.Intake;

public sealed class IntakeSeedTextFormatTests
{
    [Theory]
    [InlineData("- الجزيرة نت الخميس, 04 يونيو, 2020 - 08:45 مساءً", "الجزيرة نت", 20)]
    [InlineData("- Reuters Thursday, 04 June, 2020 - 08:45 PM", "Reuters", 20)]
    [InlineData("- StanceTracker Samples Thursday, 04 June, 2020 - 08:45 AM", "StanceTracker Samples", 8)]
    [InlineData("– وكالة الأنباء التجريبية الخميس، 04 يونيو، 2020 - 08:45 صباحاً", "وكالة الأنباء التجريبية", 8)]
    public void Header_line_gives_source_and_date(string line, string source, int hour)
    {
        Assert.True(SeedTextFormat.TryParseHeader(line, out var actualSource, out var published));

        Assert.Equal(source, actualSource);
        Assert.Equal(new DateTimeOffset(2020, 6, 4, hour, 45, 0, TimeSpan.Zero), published);
    }

    [Theory]
    [InlineData("Reuters Thursday, 04 June, 2020 - 08:45 PM")] // no leading dash
    [InlineData("- Thursday, 04 June, 2020 - 08:45 PM")]        // no source
    [InlineData("- Reuters reported on the talks")]             // no date
    [InlineData("- a bulleted point in the body")]
    public void Lines_that_are_not_headers(string line)
        => Assert.False(SeedTextFormat.TryParseHeader(line, out _, out _));

    [Fact]
    public void Text_without_header_is_all_body()
    {
        const string text = "Moscow said it backs talks.\n- a point\nMore text.";
        var fallback = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var article = SeedTextFormat.Parse(text, "x.txt", fallback).Article!;

        Assert.Null(article.Title);
        Assert.Null(article.Source);
        Assert.Equal(fallback, article.Published);
        Assert.Equal(text, article.Text);
        Assert.Null(SeedTextFormat.Parse(text, "x.txt").Article!.Published);
    }

    [Fact]
    public void Crlf_files_parse_and_keep_their_line_breaks()
    {
        const string text = "Title\r\n- Reuters Thursday, 04 June, 2020 - 08:45 PM\r\nBody.\r\n";

        var article = SeedTextFormat.Parse(text, "x.txt").Article!;

        Assert.Equal("Title", article.Title);
        Assert.Equal("Reuters", article.Source);
        Assert.Equal(text, article.Text);
    }

    [Fact]
    public void Bom_is_stripped_from_txt_files()
    {
        using var dir = new IntakeTempDir();
        var path = dir.Write("bom.txt", [0xEF, 0xBB, 0xBF, .. "Title\n- Reuters Thursday, 04 June, 2020 - 08:45 PM\nBody."u8]);

        var article = ArticleReader.Read(path).Single().Article!;

        Assert.Equal("Title", article.Title);
        Assert.StartsWith("Title", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_dashed_second_line_is_body_not_header()
    {
        var text = "Title\n- " + string.Concat(Enumerable.Repeat("word ", 50_000)) + "Thursday, 04 June, 2020\nBody.";

        var article = SeedTextFormat.Parse(text, "x.txt").Article!;

        Assert.Null(article.Title);
        Assert.Null(article.Published);
    }
}
