using StanceTracker.Extraction.Model;
using StanceTracker.Extraction.Pipeline;

namespace StanceTracker.Extraction.Tests.Pipeline;

public class StanceExtractorTests
{
    [Theory]
    [InlineData("قال أردوغان إن تركيا تدعم حكومة الوفاق", null, "ar")]
    [InlineData("Erdogan said Turkey backs the GNA.", null, "en")]
    [InlineData("Erdogan said Turkey backs the GNA.", "ar", "ar")]
    [InlineData("قال أردوغان", "en-GB", "en")]
    public void Language_is_detected_by_script_unless_given(string text, string? given, string expected)
        => Assert.Equal(expected, Extractors.Extract(text, given).Language);

    [Fact]
    public void Concurrent_extractions_give_identical_results()
    {
        var text = File.ReadAllText(SharedData.Path("seeds/000_a16db0e3d028d774.txt"));
        var article = new ArticleText(null, null, null, null, null, null, text);
        var reference = Describe(Extractors.Shipped.Extract(article));
        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = Describe(Extractors.Shipped.Extract(article)));
        Assert.All(results, r => Assert.Equal(reference, r));

        static string Describe(ExtractedArticle a) => string.Join("|", a.Statements.Select(s =>
            $"{s.Index}:{s.Speaker.Id}:{s.Content}:{string.Join(",", s.Stances.Select(t => $"{t.Target.Id}{t.Polarity}{t.Score}"))}"));
    }

    [Fact]
    public void Id_is_the_article_identity()
    {
        var article = new ArticleText("wire/42", null, null, null, null, null, "Lavrov said Moscow backs Haftar.");
        Assert.Equal(ArticleIdentity.For(article), Extractors.Shipped.Extract(article).Id);
    }

    [Fact]
    public void An_arabic_call_on_someone_keeps_the_sentence_subject_and_makes_them_a_target()
    {
        const string text = "أعلنت موسكو رفضها للحل العسكري، ودعت حفتر إلى وقف الهجوم.";
        var article = Extractors.Extract(text);
        var call = article.Statements.Single(s => s.Cue.Of(text) == "ودعت");
        Assert.Equal("russia", call.Speaker.Id);
        Assert.NotNull(call.Toward("haftar"));
    }

    [Fact]
    public void Empty_text_gives_nothing()
    {
        var article = Extractors.Extract("");
        Assert.Empty(article.Mentions);
        Assert.Empty(article.Statements);
    }
}
