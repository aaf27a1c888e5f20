using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Tests.Relations;

/// <summary>The Al Jazeera seed (2020-06-04): the positions the outlet reports itself, and the shift it names in the headline.</summary>
public class SeedRelationTests
{
    private static readonly Lazy<ExtractedArticle> Seed = new(() =>
        Extractors.Shipped.Extract(new ArticleText(null, null, "aljazeera.net", null, null, null,
            File.ReadAllText(SharedData.Path("seeds/000_a16db0e3d028d774.txt")))));

    private static ExtractedArticle Article => Seed.Value;
    private static string Text => Article.Article.Text;

    private static ReportedRelation[] Relations(string holder, string target)
        => Article.Relations.Where(r => r.Holder.Id == holder && r.Target.Id == target).ToArray();

    [Theory]
    [InlineData("uae")]
    [InlineData("russia")]
    [InlineData("egypt")]
    public void The_eastern_forces_backers_are_reported_supporters_of_haftar(string backer)
    {
        var relation = Assert.Single(Relations(backer, "haftar"));
        Assert.Equal(Polarity.Support, relation.Polarity);
        var evidence = relation.Evidence.Of(Text);
        Assert.Contains("المدعومة من الإمارات وروسيا ومصر", evidence, StringComparison.Ordinal);
        Assert.Contains("حفتر", evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Turkey_is_a_reported_supporter_of_the_gna()
    {
        var relations = Relations("turkey", "gna");
        Assert.All(relations, r => Assert.Equal(Polarity.Support, r.Polarity));
        var evidence = relations.Select(r => r.Evidence.Of(Text)).ToArray();
        Assert.Contains(evidence, e => e.Contains("قوات الوفاق المدعومة من تركيا", StringComparison.Ordinal));
        Assert.Contains(evidence, e => e.Contains("تركيا تقديم الدعم العسكري لحكومة السراج", StringComparison.Ordinal));
    }

    [Fact]
    public void Positions_inside_quotes_and_statements_or_without_an_actor_holder_are_not_relations()
    {
        // «الدول الداعمة لحفتر» and «الدول التي تدعم حفتر» have no actor as holder; «دول وحكومات تدعم حفتر» is Erdogan's
        // quote; «ما عارضته اليونان» opposes a deal, not an actor; «الحليفتين تركيا وليبيا» is Reuters' content.
        Assert.DoesNotContain(Article.Relations, r => r.Holder.Id is "erdogan" or "sarraj" or "greece" or "reuters");
        Assert.All(Article.Relations, r => Assert.NotEqual(r.Holder.Id, r.Target.Id));
        foreach (var relation in Article.Relations)
            foreach (var quote in Article.Statements.Select(s => s.Content))
                Assert.False(relation.Evidence.Start < quote.End && quote.Start < relation.Evidence.End,
                    $"«{relation.Evidence.Of(Text)}» lies in a statement's content");
        Assert.Equal(6, Article.Relations.Count);
    }

    [Fact]
    public void The_headline_names_a_shift_in_moscows_position()
    {
        var cues = Article.ShiftCues.Where(c => c.Actor.Id == "russia").Select(c => c.Evidence.Of(Text)).ToArray();
        Assert.Contains("تحول بموقف موسكو", cues);
        Assert.Contains("تحول في الموقف الروسي", cues);
        Assert.All(Article.ShiftCues, c => Assert.Equal("russia", c.Actor.Id));
    }

    [Fact]
    public void Evidence_offsets_index_the_text_as_read()
    {
        Assert.NotEmpty(Article.Relations);
        foreach (var span in Article.Relations.Select(r => r.Evidence).Concat(Article.ShiftCues.Select(c => c.Evidence)))
        {
            Assert.InRange(span.Start, 0, Text.Length);
            Assert.InRange(span.End, span.Start + 1, Text.Length);
            Assert.Equal(span.Of(Text), Text.Substring(span.Start, span.End - span.Start));
            Assert.False(char.IsWhiteSpace(Text[span.Start]) || char.IsWhiteSpace(Text[span.End - 1]));
        }
    }
}
