using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Tests.Attribution;

/// <summary>English repetitions and condemnations as cues, and position verbs left to relations (sentences written for these tests).</summary>
public class EnglishDecisionCueTests
{
    [Fact]
    public void Repeating_a_claim_is_a_statement_of_its_subject()
    {
        const string text = "Lavrov repeated that Moscow opposes the offensive.";
        var statement = Assert.Single(Extractors.Extract(text).Statements);
        Assert.Equal("lavrov", statement.Speaker.Id);
        Assert.Equal("repeated", statement.Cue.Of(text));
        Assert.Equal("Moscow opposes the offensive", statement.Content.Of(text));
    }

    [Fact]
    public void Decried_carries_opposition_to_its_object()
    {
        const string text = "Erdogan decried the offensive launched by Haftar.";
        var statement = Assert.Single(Extractors.Extract(text).Statements);
        Assert.Equal("erdogan", statement.Speaker.Id);
        Assert.Equal(Polarity.Oppose, statement.Toward("haftar")?.Polarity);
    }

    [Fact]
    public void A_plain_position_verb_in_the_outlets_voice_stays_a_relation()
    {
        var article = Extractors.Extract("Egypt backs Haftar in the east.");
        Assert.Empty(article.Statements);
        Assert.Contains(article.Relations, r => r.Holder.Id == "egypt" && r.Target.Id == "haftar" && r.Polarity == Polarity.Support);
    }
}
