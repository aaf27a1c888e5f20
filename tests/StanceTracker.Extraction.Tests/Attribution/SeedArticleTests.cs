using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Tests.Attribution;

/// <summary>The Al Jazeera seed article (2020-06-04): who said what about whom.</summary>
public class SeedArticleTests
{
    private static readonly Lazy<ExtractedArticle> Seed = new(() =>
        Extractors.Shipped.Extract(new ArticleText(null, null, "aljazeera.net", null, null, null,
            File.ReadAllText(SharedData.Path("seeds/000_a16db0e3d028d774.txt")))));

    private static ExtractedArticle Article => Seed.Value;
    private static string Text => Article.Article.Text;

    private static Statement StatementWith(string contentPart)
    {
        var found = Article.Statements.Where(s => s.Content.Of(Text).Contains(contentPart, StringComparison.Ordinal)).ToArray();
        Assert.True(found.Length > 0, $"no statement whose content contains «{contentPart}»");
        return found[0];
    }

    private static void AssertStance(Statement statement, string target, Polarity polarity)
    {
        var stance = statement.Toward(target);
        Assert.True(stance is not null, $"{target} is not a target of «{statement.Content.Of(Text)}»");
        Assert.Equal(polarity, stance.Polarity);
        Assert.InRange(stance.Score, -1, 1);
        Assert.InRange(stance.Confidence, 0, 1);
    }

    [Fact]
    public void Detects_arabic_and_numbers_statements_in_text_order()
    {
        Assert.Equal("ar", Article.Language);
        Assert.Equal(ArticleIdentity.For(Article.Article), Article.Id);
        Assert.True(Article.Statements.Count >= 15);
        Assert.Equal(Enumerable.Range(0, Article.Statements.Count), Article.Statements.Select(s => s.Index));
        Assert.True(Article.Statements.Zip(Article.Statements.Skip(1)).All(p => p.First.Cue.Start < p.Second.Cue.Start));
        Assert.True(Article.Mentions.Zip(Article.Mentions.Skip(1)).All(p => p.First.Span.Start < p.Second.Span.Start));
    }

    [Fact]
    public void Every_span_indexes_the_original_text()
    {
        foreach (var mention in Article.Mentions)
            Assert.False(string.IsNullOrWhiteSpace(mention.Span.Of(Text)));
        foreach (var statement in Article.Statements)
        {
            Assert.InRange(statement.Content.Start, statement.Sentence.Start, statement.Sentence.End);
            Assert.InRange(statement.Content.End, statement.Sentence.Start, statement.Sentence.End);
            Assert.InRange(statement.Cue.Start, statement.Sentence.Start, statement.Sentence.End);
        }
    }

    [Fact]
    public void Erdogan_pledges_support_to_the_gna()
    {
        var pledge = StatementWith("بدعم حكومة الوفاق في كل المجالات");
        Assert.Equal("erdogan", pledge.Speaker.Id);
        Assert.Equal("تعهد", pledge.Cue.Of(Text));
        Assert.Equal("أردوغان", pledge.Source?.Of(Text));
        AssertStance(pledge, "gna", Polarity.Support);
    }

    [Fact]
    public void Erdogans_quote_after_an_elided_subject_is_direct_and_his()
    {
        var quote = StatementWith("نريد ليبيا موحدة");
        Assert.Equal("erdogan", quote.Speaker.Id);
        Assert.Equal(StatementKind.Direct, quote.Kind);
        Assert.Null(quote.Source);
        Assert.Equal("نريد ليبيا موحدة، ونتطلع إلى قرارات حكيمة من الحكومة في هذا الاتجاه", quote.Content.Of(Text));

        var stressed = StatementWith("على ضرورة وحدة ليبيا");
        Assert.Equal("erdogan", stressed.Speaker.Id);
    }

    [Fact]
    public void Erdogan_calls_haftar_a_putschist()
    {
        var described = StatementWith("بالانقلابي");
        Assert.Equal("erdogan", described.Speaker.Id);
        Assert.Equal("الرئيس التركي", described.Source?.Of(Text));
        Assert.Equal(StatementKind.Mixed, described.Kind);
        Assert.Contains("لا يمكننا دعم شخصية حاولت هدم اللحمة الليبية", described.Content.Of(Text));
        AssertStance(described, "haftar", Polarity.Oppose);
    }

    [Fact]
    public void Erdogan_praises_the_sarraj_government_and_addresses_the_libyan_people()
    {
        var praise = StatementWith("بما قامت به حكومة السراج");
        Assert.Equal("erdogan", praise.Speaker.Id);
        AssertStance(praise, "gna", Polarity.Support);

        var addressed = StatementWith("سنواصل دعم الجهات الشرعية");
        Assert.Equal("erdogan", addressed.Speaker.Id);
        Assert.Equal(StatementKind.Direct, addressed.Kind);
        AssertStance(addressed, "haftar", Polarity.Oppose); // ولن نترككم للانقلابيين

        var drilling = StatementWith("قررنا القيام بعملية تنقيب");
        Assert.Equal("erdogan", drilling.Speaker.Id);
        Assert.Equal("أردوغان", drilling.Source?.Of(Text));
    }

    [Fact]
    public void Sarraj_thanks_erdogan()
    {
        var thanks = StatementWith("على موقفه الشجاع");
        Assert.Equal("sarraj", thanks.Speaker.Id);
        Assert.Equal("فايز السراج", thanks.Source?.Of(Text));
        Assert.Equal("فعبر عن", thanks.Cue.Of(Text));
        AssertStance(thanks, "erdogan", Polarity.Support);
        AssertStance(thanks, "haftar", Polarity.Oppose); // ضد الانقلابيين
    }

    [Fact]
    public void Sarraj_will_not_sit_with_the_war_criminal()
    {
        var vow = StatementWith("ولن نجلس مع مجرم الحرب");
        Assert.Equal("sarraj", vow.Speaker.Id);
        Assert.Equal(StatementKind.Direct, vow.Kind);
        Assert.Equal("قلت لأردوغان إن معركتنا مستمرة، وعازمون على دحر الانقلابيين، ولن نجلس مع مجرم الحرب", vow.Content.Of(Text));
        AssertStance(vow, "haftar", Polarity.Oppose);

        var liberation = StatementWith("تحرير طرابلس ملحمة تاريخية");
        Assert.Equal("sarraj", liberation.Speaker.Id);
        Assert.Equal("السراج", liberation.Source?.Of(Text));
    }

    [Fact]
    public void Sarraj_addresses_the_states_backing_haftar_and_erdogan()
    {
        var warning = StatementWith("خسرتم على أسوار طرابلس");
        Assert.Equal("sarraj", warning.Speaker.Id);
        Assert.Equal("رئيس حكومة الوفاق", warning.Source?.Of(Text));
        Assert.Equal("خسرتم على أسوار طرابلس.. كفوا أيدكم عنا", warning.Content.Of(Text));
        Assert.Equal(StatementKind.Direct, warning.Kind);
        // The addressee ("the states that back Haftar") is no actor of ours: Haftar is not made a target by it.
        Assert.Null(warning.Toward("haftar"));

        var cooperation = StatementWith("ليبيا تمتلك مقومات النهضة");
        Assert.Equal("sarraj", cooperation.Speaker.Id);
        AssertStance(cooperation, "erdogan", Polarity.Support);
    }

    [Fact]
    public void Maiteeq_calls_moscow_an_important_partner()
    {
        var partner = StatementWith("موسكو شريك مهم جدا");
        Assert.Equal("maiteeq", partner.Speaker.Id);
        AssertStance(partner, "russia", Polarity.Support);

        var deescalation = StatementWith("تخفيف التصعيد العسكري");
        Assert.Equal("maiteeq", deescalation.Speaker.Id);
        Assert.Equal("أحمد معيتيق", deescalation.Source?.Of(Text));
        Assert.Equal(StatementKind.Mixed, deescalation.Kind);

        var detainees = StatementWith("سيَصدر بيان واضح");
        Assert.Equal("maiteeq", detainees.Speaker.Id);
    }

    [Fact]
    public void Sawan_supports_the_gna()
    {
        var sawan = StatementWith("ومستمرون في دعم حكومة الوفاق");
        Assert.Equal("sawan", sawan.Speaker.Id);
        Assert.Equal("محمد صوان", sawan.Source?.Of(Text));
        Assert.Equal(StatementKind.Direct, sawan.Kind);
        AssertStance(sawan, "gna", Polarity.Support);
    }

    [Fact]
    public void The_turkish_official_speaks_for_turkey()
    {
        var official = StatementWith("السيطرة على المطار ذات أهمية كبيرة");
        Assert.Equal("turkey", official.Speaker.Id);
        var partition = StatementWith("تركيا سترفض أي اقتراح بتقسيم ليبيا");
        Assert.Equal("turkey", partition.Speaker.Id);
        // Turkey is the speaker, not its own target; rejecting the partition of Libya supports its unity.
        var unity = Assert.Single(partition.Stances);
        Assert.Equal(("issue:libya-unity", "issue", Polarity.Support), (unity.Target.Id, unity.Target.Type, unity.Polarity));
    }

    [Fact]
    public void Russia_speaks_through_the_nested_relay()
    {
        var russia = StatementWith("ضد الحل العسكري");
        Assert.Equal("russia", russia.Speaker.Id);
        Assert.Equal("موسكو", russia.Source?.Of(Text));
        Assert.Equal("أنها ضد الحل العسكري، وأن الحل السياسي هو الأساس", russia.Content.Of(Text));
        // Sputnik only relays: it is never the speaker of what it passes on, but the chain, outermost first.
        Assert.DoesNotContain(Article.Statements, s => s.Speaker.Id == "sputnik");
        Assert.Equal(["sputnik", "maiteeq"], russia.Via.Select(v => v.Id));
        Assert.Equal(Polarity.Oppose, russia.Toward("issue:military-solution")?.Polarity);
        Assert.Equal(Polarity.Support, russia.Toward("issue:political-solution")?.Polarity);
    }

    [Fact]
    public void The_caption_and_the_meeting_are_not_statements()
    {
        var caption = Text.IndexOf("[ قوات الوفاق احتفلت", StringComparison.Ordinal);
        var meeting = Text.IndexOf("بحث الطرفان", StringComparison.Ordinal);
        Assert.True(caption > 0 && meeting > 0);
        Assert.DoesNotContain(Article.Statements, s => s.Sentence.Start <= caption && caption < s.Sentence.End);
        Assert.DoesNotContain(Article.Statements, s => s.Sentence.Start <= meeting && meeting < s.Sentence.End);
        // Nor the headline, whose verb (يخاطبان) is not a reporting cue.
        Assert.DoesNotContain(Article.Statements, s => s.Sentence.Start == 0);
    }

    [Fact]
    public void Mentions_cover_the_main_actors()
    {
        var ids = Article.Mentions.Select(m => m.Actor.Id).ToHashSet();
        foreach (var id in new[] { "sarraj", "erdogan", "haftar", "gna", "russia", "turkey", "un", "maiteeq", "sawan", "reuters", "sputnik", "anadolu", "greece", "uae", "egypt" })
            Assert.Contains(id, ids);
    }
}
