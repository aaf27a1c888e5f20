using StanceTracker.Extraction.Intake;

namespace StanceTracker.Extraction.Tests.Intake;

/// <summary>ParseJson serves both .json files and HTTP POST bodies.</summary>
public sealed class IntakeJsonTests
{
    [Fact]
    public void All_fields_are_read()
    {
        var result = ArticleReader.ParseJson("""
            {"id": "x-1", "title": "T", "source": "Sample Wire", "url": "https://example.org/a",
             "published": "2020-06-04T20:45:00+02:00", "language": "EN", "text": "Moscow said it backs talks.", "author": "ignored"}
            """, "POST /api/articles");

        Assert.Null(result.Failure);
        var article = result.Article!;
        Assert.Equal("x-1", article.Id);
        Assert.Equal("T", article.Title);
        Assert.Equal("Sample Wire", article.Source);
        Assert.Equal("https://example.org/a", article.Url);
        Assert.Equal(new DateTimeOffset(2020, 6, 4, 20, 45, 0, TimeSpan.FromHours(2)), article.Published);
        Assert.Equal("en", article.Language);
        Assert.Equal("Moscow said it backs talks.", article.Text);
        Assert.Equal("POST /api/articles", article.Path);
    }

    [Fact]
    public void Field_names_ignore_case_and_aliases_are_accepted()
    {
        var article = ArticleReader.ParseJson("""{"ID": 42, "Title": "T", "CONTENT": "نص الخبر", "Date_Extracted": "2015-07-21 02:18:24"}""", "req").Article!;

        Assert.Equal("42", article.Id);
        Assert.Equal("نص الخبر", article.Text);
        Assert.Equal(new DateTimeOffset(2015, 7, 21, 2, 18, 24, TimeSpan.Zero), article.Published);
        Assert.Equal("ar", article.Language);
    }

    [Fact]
    public void Body_alias_and_date_alias()
    {
        var article = ArticleReader.ParseJson("""{"body": "Ankara backs the GNA.", "date": "Thursday, 04 June, 2020 - 08:45 PM"}""", "req").Article!;

        Assert.Equal("Ankara backs the GNA.", article.Text);
        Assert.Equal(new DateTimeOffset(2020, 6, 4, 20, 45, 0, TimeSpan.Zero), article.Published);
    }

    [Fact]
    public void Text_is_kept_verbatim_because_offsets_index_it()
    {
        var article = ArticleReader.ParseJson("""{"text": "  leading space\r\nand &amp; entity "}""", "req").Article!;

        Assert.Equal("  leading space\r\nand &amp; entity ", article.Text);
    }

    [Fact]
    public void Missing_date_is_not_a_failure()
    {
        var result = ArticleReader.ParseJson("""{"text": "Cairo backs Haftar.", "published": null}""", "req");

        Assert.Null(result.Failure);
        Assert.Null(result.Article!.Published);
    }

    [Fact]
    public void Default_date_fills_in_for_files_without_one()
    {
        using var dir = new IntakeTempDir();
        var path = dir.Write("undated.json", """{"text": "Cairo backs Haftar."}""");
        var fallback = new DateTimeOffset(2020, 2, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(fallback, ArticleReader.Read(path, fallback).Single().Article!.Published);
        Assert.Null(ArticleReader.Read(path).Single().Article!.Published);
    }

    [Theory]
    [InlineData("", "no JSON: the input is empty")]
    [InlineData("""{"text": "cut""", "invalid JSON")]
    [InlineData("""["text"]""", "expected a JSON object for an article, found an array")]
    [InlineData("""{"title": "t"}""", "the article has no text field (expected \"text\", \"content\" or \"body\")")]
    [InlineData("""{"text": 5}""", "field \"text\" must be a string, found a number")]
    [InlineData("""{"text": ""}""", "article text is empty (field \"text\")")]
    [InlineData("""{"text": "x", "published": "someday"}""", "field \"published\" is not a date I can read: \"someday\"")]
    public void Bad_json_gives_one_clear_failure(string json, string reasonStart)
    {
        var result = ArticleReader.ParseJson(json, "POST /api/articles");

        Assert.Null(result.Article);
        Assert.Equal("POST /api/articles", result.Failure!.Path);
        Assert.Null(result.Failure.Line);
        Assert.StartsWith(reasonStart, result.Failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_file_may_hold_an_array_of_articles_each_reported_alone()
    {
        using var dir = new IntakeTempDir();
        var path = dir.Write("many.json", """[{"text": "one"}, {"title": "no text"}, {"text": "three"}]""");

        var results = ArticleReader.Read(path).ToList();

        Assert.Equal(3, results.Count);
        Assert.Equal(["one", null, "three"], results.Select(r => r.Article?.Text));
        Assert.StartsWith("article [1]: ", results[1].Failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Jsonl_skips_blank_lines_and_strips_a_bom()
    {
        using var dir = new IntakeTempDir();
        var path = dir.Write("bom.jsonl", [0xEF, 0xBB, 0xBF, .. "{\"text\": \"a\"}\r\n\r\n   \n{\"text\": \"b\"}"u8]);

        var results = ArticleReader.Read(path).ToList();

        Assert.Equal(["a", "b"], results.Select(r => r.Article!.Text));
    }
}
