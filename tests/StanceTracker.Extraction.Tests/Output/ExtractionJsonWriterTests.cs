using System.Text.Json;
using StanceTracker.Extraction.Model;
using StanceTracker.Extraction.Output;

namespace StanceTracker.Extraction.Tests.Output;

public sealed class ExtractionJsonWriterTests
{
    [Fact]
    public void The_seed_is_one_json_line_whose_offsets_point_at_their_text()
    {
        var path = SharedData.Path("seeds/000_a16db0e3d028d774.txt");
        var article = Assert.Single(StanceTracker.Extraction.Intake.ArticleReader.Read(path)).Article!;
        using var stream = new MemoryStream();
        ExtractionJsonWriter.WriteLine(stream, Extractors.Shipped.Extract(article));

        var text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        Assert.EndsWith("\n", text);
        Assert.Single(text.TrimEnd('\n').Split('\n'));
        var root = JsonDocument.Parse(text).RootElement;

        Assert.Equal("2020-06-04T20:45:00+00:00", root.GetProperty("article").GetProperty("published").GetString());
        Assert.Equal("ar", root.GetProperty("article").GetProperty("language").GetString());
        foreach (var mention in root.GetProperty("mentions").EnumerateArray())
        {
            var (start, end) = (mention.GetProperty("start").GetInt32(), mention.GetProperty("end").GetInt32());
            Assert.Equal(article.Text[start..end], mention.GetProperty("text").GetString());
        }
        Assert.Contains(root.GetProperty("mentions").EnumerateArray(), m =>
            m.GetProperty("actor").GetProperty("id").GetString() == "erdogan" && m.TryGetProperty("role", out _));

        var statements = root.GetProperty("statements").EnumerateArray().ToList();
        Assert.NotEmpty(statements);
        foreach (var statement in statements)
            foreach (var part in new[] { "cue", "content" })
            {
                var span = statement.GetProperty(part);
                Assert.Equal(article.Text[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()], span.GetProperty("text").GetString());
            }
        Assert.Contains(statements, s => s.GetProperty("speaker").GetProperty("id").GetString() == "erdogan"
            && s.GetProperty("stances").EnumerateArray().Any(t => t.GetProperty("target").GetProperty("id").GetString() == "haftar"
                && t.GetProperty("polarity").GetString() == "oppose"));
    }
}
