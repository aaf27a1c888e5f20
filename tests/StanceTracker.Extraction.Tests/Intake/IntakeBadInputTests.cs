using StanceTracker.Extraction.Intake;

namespace StanceTracker.Extraction.Tests.Intake;

/// <summary>Each bad input gives one failure naming the file (and line), and the good articles of the same batch still arrive.</summary>
public sealed class IntakeBadInputTests : IDisposable
{
    private const string GoodBody = "Erdogan said Turkey supports the Government of National Accord.";
    private readonly IntakeTempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string JsonLine(string id, string text) =>
        $$"""{"id": "{{id}}", "title": "T {{id}}", "published": "2020-06-04", "text": "{{text}}"}""";

    private void WriteGoodFiles()
    {
        _dir.Write("a-good.txt", "A good title\n- Sample Wire Thursday, 04 June, 2020 - 08:45 PM\n" + GoodBody + "\n");
        _dir.Write("z-good.json", JsonLine("z1", GoodBody));
    }

    private (List<ReadFailure> Failures, List<string> Titles) ReadBatch()
    {
        var results = ArticleReader.Read(_dir.Path).ToList();
        Assert.All(results, r => Assert.True(r.Article is null ^ r.Failure is null));
        return (results.Where(r => r.Failure is not null).Select(r => r.Failure!).ToList(),
                results.Where(r => r.Article is not null).Select(r => r.Article!.Title ?? "").ToList());
    }

    private ReadFailure SingleFailureBesideGoodFiles(string name, byte[] content)
    {
        WriteGoodFiles();
        var path = _dir.Write(name, content);

        var (failures, titles) = ReadBatch();

        Assert.Equal(["A good title", "T z1"], titles);
        var failure = Assert.Single(failures);
        Assert.Equal(path, failure.Path);
        Assert.Contains(name, failure.ToString(), StringComparison.Ordinal);
        return failure;
    }

    [Fact]
    public void Empty_file_is_reported()
    {
        var failure = SingleFailureBesideGoodFiles("m-empty.txt", []);

        Assert.Null(failure.Line);
        Assert.Equal("file is empty", failure.Reason);
    }

    [Fact]
    public void Whitespace_only_file_has_empty_text()
    {
        var failure = SingleFailureBesideGoodFiles("m-blank.txt", "  \n\n \t\n"u8.ToArray());

        Assert.Equal("article text is empty", failure.Reason);
    }

    [Fact]
    public void Binary_file_is_reported_with_the_nul_offset()
    {
        var failure = SingleFailureBesideGoodFiles("m-image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x1A]);

        Assert.StartsWith("binary file", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("byte offset 4", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_the_byte_offset()
    {
        // "Libya " then a lone 0xE9 (Latin-1 é): 6 valid bytes, the bad one at offset 6.
        var failure = SingleFailureBesideGoodFiles("m-latin1.txt", [.. "Libya "u8, 0xE9, .. " news"u8]);

        Assert.Equal("invalid UTF-8 at byte offset 6; save the file as UTF-8", failure.Reason);
    }

    [Fact]
    public void Utf16_file_is_told_to_be_saved_as_utf8()
    {
        var failure = SingleFailureBesideGoodFiles("m-utf16.txt", [0xFF, 0xFE, (byte)'H', 0, (byte)'i', 0]);

        Assert.Contains("UTF-16", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void File_over_the_size_limit_is_refused_with_its_size()
    {
        var big = new byte[21 * 1024 * 1024];
        Array.Fill(big, (byte)'a');

        var failure = SingleFailureBesideGoodFiles("m-huge.txt", big);

        Assert.Equal("file is 21.0 MB; the limit is 20 MB", failure.Reason);
    }

    [Theory]
    [InlineData("m-huge.jsonl")]
    [InlineData("m-huge.html")]
    [InlineData("m-huge.xml")]
    public void Fifty_megabyte_file_is_refused_by_its_size_before_it_is_read(string name)
    {
        WriteGoodFiles();
        var path = Path.Combine(_dir.Path, name);
        // Sparse: SetLength allocates no data, so the test is fast and the file reads as NUL bytes. Had the reader
        // looked at the content, the failure would say "binary file"; it must stop at the size.
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
            stream.SetLength(50L * 1024 * 1024);

        var (failures, titles) = ReadBatch();

        Assert.Equal(["A good title", "T z1"], titles);
        var failure = Assert.Single(failures);
        Assert.Equal(path, failure.Path);
        Assert.Null(failure.Line);
        Assert.Equal("file is 50.0 MB; the limit is 20 MB", failure.Reason);
    }

    [Fact]
    public void Html_page_without_an_article_is_reported()
    {
        var failure = SingleFailureBesideGoodFiles("m-menu.html",
            """<html><body><nav><a href="/a">World</a> <a href="/b">Business</a> <a href="/c">Opinion</a></nav></body></html>"""u8.ToArray());

        Assert.Equal("no article text found in the page", failure.Reason);
    }

    [Fact]
    public void Invalid_feed_is_reported_with_line_and_position()
    {
        var failure = SingleFailureBesideGoodFiles("m-feed.rss", "<rss version=\"2.0\">\n<channel><title>A & B</title></channel></rss>"u8.ToArray());

        Assert.StartsWith("invalid feed XML at line 2, position ", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_that_is_not_a_feed_is_reported()
    {
        var failure = SingleFailureBesideGoodFiles("m-config.xml", """<?xml version="1.0"?><configuration><add key="a" value="b"/></configuration>"""u8.ToArray());

        Assert.Equal("not an RSS or Atom feed (the root element is <configuration>)", failure.Reason);
    }

    [Fact]
    public void Truncated_json_line_fails_alone_with_its_line_number()
    {
        WriteGoodFiles();
        var lines = string.Join('\n',
            JsonLine("l1", GoodBody),
            "",
            """{"id": "l3", "title": "cut off", "text": "Moscow said""",
            JsonLine("l4", GoodBody),
            JsonLine("l5", GoodBody));
        var path = _dir.Write("m-batch.jsonl", lines + "\n");

        var (failures, titles) = ReadBatch();

        Assert.Equal(["A good title", "T l1", "T l4", "T l5", "T z1"], titles);
        var failure = Assert.Single(failures);
        Assert.Equal(path, failure.Path);
        Assert.Equal(3, failure.Line);
        Assert.StartsWith("invalid JSON", failure.Reason, StringComparison.Ordinal);
        Assert.StartsWith(path + ":3: invalid JSON", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_on_one_jsonl_line_costs_that_line_only()
    {
        var good = System.Text.Encoding.UTF8.GetBytes(JsonLine("l1", GoodBody) + "\n");
        var bad = (byte[])[.. """{"text": "caf"""u8, 0xE9, .. "\"}\n"u8];
        var path = _dir.Write("mixed.jsonl", [.. good, .. bad, .. good]);

        var results = ArticleReader.Read(path).ToList();

        Assert.Equal(3, results.Count);
        var failure = Assert.Single(results, r => r.Failure is not null).Failure!;
        Assert.Equal(2, failure.Line);
        Assert.Equal($"invalid UTF-8 at byte offset {good.Length + 13}; save the file as UTF-8", failure.Reason);
    }

    [Fact]
    public void Unknown_extension_is_reported_but_hidden_files_and_readmes_are_skipped()
    {
        WriteGoodFiles();
        _dir.Write(".DS_Store", [0x00, 0x01]);
        _dir.Write(".hidden/notes.txt", "");
        _dir.Write("README.md", "# about these articles");
        var pdf = _dir.Write("report.pdf", "%PDF-1.4"u8.ToArray());

        var (failures, titles) = ReadBatch();

        Assert.Equal(["A good title", "T z1"], titles);
        var failure = Assert.Single(failures);
        Assert.Equal(pdf, failure.Path);
        Assert.Equal("unsupported file type '.pdf' (expected .txt, .json, .jsonl, .html, .htm, .xml, .rss or .atom)", failure.Reason);
    }

    [Fact]
    public void Json_without_a_text_field_is_reported()
    {
        var failure = SingleFailureBesideGoodFiles("m-notext.json", """{"title": "no body", "published": "2020-06-04"}"""u8.ToArray());

        Assert.Contains("no text field", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_with_empty_text_is_reported()
    {
        var failure = SingleFailureBesideGoodFiles("m-emptytext.json", """{"title": "blank", "content": "   "}"""u8.ToArray());

        Assert.Equal("article text is empty (field \"content\")", failure.Reason);
    }

    [Fact]
    public void Header_without_body_is_reported()
    {
        var failure = SingleFailureBesideGoodFiles("m-headonly.txt", "Title\n- Sample Wire Thursday, 04 June, 2020 - 08:45 PM\n\n"u8.ToArray());

        Assert.Contains("no body", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_path_is_a_failure_not_an_exception()
    {
        var missing = Path.Combine(_dir.Path, "nope", "missing.txt");

        var failure = Assert.Single(ArticleReader.Read(missing)).Failure!;

        Assert.Equal(missing, failure.Path);
        Assert.Equal("no such file or directory", failure.Reason);
    }

    [Fact]
    public void Unknown_extension_given_directly_is_reported()
    {
        var path = _dir.Write("notes.docx", "x"u8.ToArray());

        var failure = Assert.Single(ArticleReader.Read(path)).Failure!;

        Assert.Equal("unsupported file type '.docx' (expected .txt, .json, .jsonl, .html, .htm, .xml, .rss or .atom)", failure.Reason);
    }
}
