using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Tests.Actors;

/// <summary>Who is who in the Al Jazeera seed article of 4 June 2020: every main actor, with its text and offsets.</summary>
public class SeedMentionTests
{
    private static readonly Lazy<ExtractedArticle> Seed = new(() =>
        Extractors.Shipped.Extract(new ArticleText(null, null, "aljazeera.net", null, Mentions.On("2020-06-04"), null,
            File.ReadAllText(SharedData.Path("seeds/000_a16db0e3d028d774.txt")))));

    private static string Text => Seed.Value.Article.Text;

    [Theory]
    [InlineData("erdogan", "الرئيس التركي", 399)]
    [InlineData("erdogan", "رجب طيب أردوغان", 413)]
    [InlineData("erdogan", "وأردوغان", 7)]
    [InlineData("sarraj", "رئيس حكومة الوفاق الليبية", 348)]
    [InlineData("sarraj", "فايز السراج", 374)]
    [InlineData("sarraj", "رئيس الوزراء الليبي", 1694)]
    [InlineData("haftar", "اللواء المتقاعد خليفة حفتر", 504)]
    [InlineData("haftar", "مجرم الحرب", 1977)]
    [InlineData("gna", "قوات الوفاق", 275)]
    [InlineData("gna", "حكومة السراج", 1236)]
    [InlineData("turkey", "تركيا", 467)]
    [InlineData("turkey", "أنقرة", 2716)]
    [InlineData("russia", "موسكو", 57)]
    [InlineData("russia", "وروسيا", 2903)]
    [InlineData("uae", "الإمارات", 2894)]
    [InlineData("egypt", "ومصر", 2910)]
    [InlineData("greece", "اليونان", 2765)]
    [InlineData("un", "الأمم المتحدة", 980)]
    [InlineData("maiteeq", "أحمد معيتيق", 4520)]
    [InlineData("maiteeq", "نائب رئيس المجلس الرئاسي الليبي", 4532)]
    [InlineData("maiteeq", "معيتيق", 4699)]
    [InlineData("sawan", "محمد صوان", 4323)]
    [InlineData("justice-construction-party", "حزب العدالة والبناء الليبي", 4155)]
    [InlineData("reuters", "وكالة رويترز", 2395)]
    [InlineData("sputnik", "سبوتنيك", 4852)]
    [InlineData("anadolu", "وكالة الأناضول", 324)]
    [InlineData("turkey", "مسؤول تركي كبير", 3138)]
    [InlineData("source:haftar", "مصدر عسكري في قوات حفتر", 3796)]
    [InlineData("unnamed-source", "مصادر عسكرية", 4022)]
    [InlineData("unnamed-source", "مصدر", 3625)]
    public void The_seed_names_resolve_with_their_text_and_offsets(string id, string written, int start)
    {
        var mention = Seed.Value.Mentions.SingleOrDefault(m => m.Span.Start == start);
        Assert.True(mention is not null, $"no mention at {start}");
        Assert.Equal(id, mention.Actor.Id);
        Assert.Equal(written, Text.Substring(mention.Span.Start, mention.Span.End - mention.Span.Start));
    }

    [Fact]
    public void Roles_carry_their_title_and_the_military_source_its_camp()
    {
        var president = Seed.Value.Mentions.Single(m => m.Span.Start == 399);
        Assert.Equal("الرئيس التركي", president.Role);
        Assert.Equal(1.0, president.Confidence);
        var source = Seed.Value.Mentions.Single(m => m.Span.Start == 3796).Actor;
        Assert.Equal(("source", "haftar", "Source (Khalifa Haftar)"), (source.Type, source.Affiliation, source.Name));
    }

    [Fact]
    public void Tripoli_the_city_is_never_an_actor()
        => Assert.DoesNotContain(Seed.Value.Mentions, m => m.Span.Of(Text).Contains("طرابلس", StringComparison.Ordinal));
}
