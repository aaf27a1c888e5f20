using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Tests.Attribution;

/// <summary>English attribution on sentences written for these tests.</summary>
public class EnglishAttributionTests
{
    private static Statement Single(string text)
    {
        var article = Extractors.Extract(text);
        Assert.Equal("en", article.Language);
        return Assert.Single(article.Statements);
    }

    [Fact]
    public void Subject_said_clause()
    {
        const string text = "Russian Foreign Minister Sergei Lavrov said Moscow supports Haftar.";
        var statement = Single(text);
        Assert.Equal("lavrov", statement.Speaker.Id);
        Assert.Equal("Russian Foreign Minister Sergei Lavrov", statement.Source?.Of(text));
        Assert.Equal("said", statement.Cue.Of(text));
        Assert.Equal("Moscow supports Haftar", statement.Content.Of(text));
        Assert.Equal(StatementKind.Indirect, statement.Kind);
        // Moscow is the speaker's own side; Haftar is the target.
        Assert.Null(statement.Toward("russia"));
        Assert.Equal(Polarity.Support, statement.Toward("haftar")?.Polarity);
        Assert.Equal("supports", statement.Toward("haftar")?.Evidence?.Of(text));
    }

    [Fact]
    public void Quote_then_speaker_told_addressee()
    {
        const string text = "\"We reject any military solution,\" Lavrov told reporters.";
        var statement = Single(text);
        Assert.Equal("lavrov", statement.Speaker.Id);
        Assert.Equal("told", statement.Cue.Of(text));
        Assert.Equal(StatementKind.Direct, statement.Kind);
        Assert.Equal("We reject any military solution", statement.Content.Of(text));
    }

    [Fact]
    public void According_to()
    {
        const string text = "According to the Kremlin, Moscow opposes the offensive launched by Haftar.";
        var statement = Single(text);
        Assert.Equal("russia", statement.Speaker.Id);
        Assert.Equal("According to", statement.Cue.Of(text));
        Assert.Equal("Moscow opposes the offensive launched by Haftar", statement.Content.Of(text));
        Assert.Equal(Polarity.Oppose, statement.Toward("haftar")?.Polarity);

        const string trailing = "Haftar's forces withdrew from Tarhuna, according to the GNA.";
        var late = Single(trailing);
        Assert.Equal("gna", late.Speaker.Id);
        Assert.Equal("Haftar's forces withdrew from Tarhuna", late.Content.Of(trailing));
    }

    [Fact]
    public void He_said_takes_the_person_introduced_last_and_joins_a_split_quote()
    {
        const string text = "Erdogan met Sarraj in Ankara on Tuesday. \"We will never abandon Libya,\" he said, \"and we condemn Haftar.\"";
        var statement = Single(text);
        Assert.Equal("erdogan", statement.Speaker.Id);
        Assert.Equal("he", statement.Source?.Of(text));
        Assert.Equal(StatementKind.Direct, statement.Kind);
        Assert.StartsWith("We will never abandon Libya", statement.Content.Of(text));
        Assert.EndsWith("we condemn Haftar.", statement.Content.Of(text));
        Assert.Equal(Polarity.Oppose, statement.Toward("haftar")?.Polarity);
    }

    [Fact]
    public void He_said_after_an_earlier_statement_keeps_that_speaker()
    {
        const string text = "Lavrov said Moscow wants a ceasefire. \"We do not support Haftar's offensive,\" he said.";
        var article = Extractors.Extract(text);
        Assert.Equal(2, article.Statements.Count);
        var second = article.Statements[1];
        Assert.Equal("lavrov", second.Speaker.Id);
        Assert.Equal("We do not support Haftar's offensive", second.Content.Of(text));
        // "not" reverses "support".
        Assert.Equal(Polarity.Oppose, second.Toward("haftar")?.Polarity);
    }

    [Fact]
    public void Inverted_said_and_coordinated_cues()
    {
        const string text = "\"Turkey will stand by the GNA,\" said Erdogan. Sarraj praised Turkey and condemned Haftar.";
        var article = Extractors.Extract(text);
        Assert.Equal(["erdogan", "sarraj", "sarraj"], article.Statements.Select(s => s.Speaker.Id));
        Assert.Equal(Polarity.Support, article.Statements[0].Toward("gna")?.Polarity);
        Assert.Equal(Polarity.Support, article.Statements[1].Toward("turkey")?.Polarity);
        Assert.Equal(Polarity.Oppose, article.Statements[2].Toward("haftar")?.Polarity);
        // The coordinated verb shares the clause's subject, which is its source too (as PolNeAR annotates it).
        Assert.Equal("Sarraj", article.Statements[2].Source?.Of(text));
    }

    [Fact]
    public void A_cue_inside_reported_content_is_not_a_second_speaker()
    {
        const string text = "The Kremlin said it rejects Haftar's offensive.";
        var statement = Single(text);
        Assert.Equal("russia", statement.Speaker.Id);
        Assert.Equal("it rejects Haftar's offensive", statement.Content.Of(text));
        Assert.Equal(Polarity.Oppose, statement.Toward("haftar")?.Polarity);
    }

    [Fact]
    public void Sentences_without_a_cue_are_not_statements()
        => Assert.Empty(Extractors.Extract("Haftar's forces shelled Tripoli. Turkey sent drones to Libya.").Statements);
}
