using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Tests.Relations;

/// <summary>Reported positions and shift cues in English sentences written for these tests.</summary>
public class EnglishRelationTests
{
    private static (ExtractedArticle Article, string[] Relations) Read(string text)
    {
        var article = Extractors.Extract(text, "en");
        return (article, article.Relations.Select(r => $"{r.Holder.Id} {r.Polarity.ToString().ToLowerInvariant()} {r.Target.Id}").ToArray());
    }

    [Fact]
    public void A_compound_names_the_backer()
    {
        var (article, relations) = Read("The Russian-backed eastern forces withdrew from the outskirts of the capital on Friday.");
        Assert.Equal(["russia support haftar"], relations);
        Assert.Equal("Russian-backed eastern forces", article.Relations[0].Evidence.Of(article.Article.Text));
    }

    [Fact]
    public void Every_actor_of_a_backed_by_list_is_a_holder()
    {
        var (_, relations) = Read("Haftar, backed by Russia and the UAE, launched his offensive on Tripoli in April last year.");
        Assert.Equal(["russia support haftar", "uae support haftar"], relations);
    }

    [Theory]
    [InlineData("France, which supports Haftar, hosted a meeting of the parties in Paris.", "france support haftar")]
    [InlineData("Turkey, which opposes Haftar, has sent drones and advisers to Tripoli.", "turkey oppose haftar")]
    [InlineData("Egypt backs Haftar and has warned against any advance on Sirte.", "egypt support haftar")]
    public void A_relative_clause_or_plain_verb_states_the_holders_position(string text, string expected)
    {
        var (_, relations) = Read(text);
        Assert.Equal([expected], relations);
    }

    [Fact]
    public void Words_inside_quotes_or_without_an_actor_holder_are_not_relations()
    {
        Assert.Empty(Read("\"Russia backs Haftar,\" the minister said on Tuesday.").Relations);
        Assert.Empty(Read("The states that back Haftar met again in Cairo on Monday.").Relations);
        Assert.Empty(Read("Several governments, backed by public opinion, want a ceasefire.").Relations);
    }

    [Theory]
    [InlineData("Russia shifted its position on Haftar in June.", "russia", "Russia shifted its position")]
    [InlineData("The talks followed a U-turn by Paris over the arms embargo.", "france", "U-turn by Paris")]
    [InlineData("Egypt softened its stance toward the GNA after the fall of Tarhuna.", "egypt", "Egypt softened its stance")]
    public void Shift_cues_attach_to_the_actor_named_beside_them(string text, string actor, string evidence)
    {
        var article = Extractors.Extract(text, "en");
        var cue = Assert.Single(article.ShiftCues);
        Assert.Equal(actor, cue.Actor.Id);
        Assert.Equal(evidence, cue.Evidence.Of(article.Article.Text));
    }

    [Fact]
    public void Articles_built_without_relations_read_as_none()
    {
        var article = new ExtractedArticle("x", new ArticleText(null, null, null, null, null, "en", ""), "en", [], []);
        Assert.Empty(article.Relations);
        Assert.Empty(article.ShiftCues);
    }
}
