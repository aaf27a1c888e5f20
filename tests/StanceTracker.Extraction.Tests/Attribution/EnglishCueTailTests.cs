using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Tests.Attribution;

/// <summary>Cue words from the long tail (rebukes, recollections, comparisons) and look-alikes that are no cue (sentences written for these tests).</summary>
public class EnglishCueTailTests
{
    [Fact]
    public void Railing_against_someone_is_an_opposing_statement()
    {
        const string text = "Erdogan railed against Haftar for the siege of the capital.";
        var statement = Assert.Single(Extractors.Extract(text).Statements);
        Assert.Equal("erdogan", statement.Speaker.Id);
        Assert.Equal("railed against", statement.Cue.Of(text));
        Assert.Equal(Polarity.Oppose, statement.Toward("haftar")?.Polarity);
    }

    [Fact]
    public void Applauding_is_a_supporting_statement()
    {
        const string text = "Sarraj applauded Turkey for its help.";
        var statement = Assert.Single(Extractors.Extract(text).Statements);
        Assert.Equal("applauded", statement.Cue.Of(text));
        Assert.Equal(Polarity.Support, statement.Toward("turkey")?.Polarity);
    }

    [Fact]
    public void Recounting_is_reporting()
    {
        const string text = "Lavrov recounted that the envoy left Moscow before dawn.";
        var statement = Assert.Single(Extractors.Extract(text).Statements);
        Assert.Equal("recounted", statement.Cue.Of(text));
        Assert.Equal("the envoy left Moscow before dawn", statement.Content.Of(text));
    }

    [Fact]
    public void Founded_is_not_the_cue_found()
        => Assert.Empty(Extractors.Extract("Lavrov founded a think tank in Moscow in 1995.").Statements);

    [Fact]
    public void Found_is_still_a_cue()
    {
        const string text = "The inquiry found that the envoy left Moscow before dawn.";
        var statement = Assert.Single(Extractors.Extract(text).Statements);
        Assert.Equal("found", statement.Cue.Of(text));
    }

    [Fact]
    public void Who_is_asked_is_not_the_speaker_and_the_agent_after_by_is()
    {
        const string text = "Sarraj was asked by the moderator whether the port would reopen.";
        var statement = Assert.Single(Extractors.Extract(text).Statements);
        Assert.Equal("asked", statement.Cue.Of(text));
        Assert.NotEqual("sarraj", statement.Speaker.Id);
        Assert.Equal("the moderator", statement.Source?.Of(text));
        Assert.Equal("whether the port would reopen", statement.Content.Of(text));
    }

    [Fact]
    public void A_passive_without_an_agent_has_an_unnamed_speaker_and_no_source()
    {
        const string text = "Erdogan is widely expected to visit Tripoli next month.";
        var statement = Assert.Single(Extractors.Extract(text).Statements);
        Assert.Equal("unnamed-source", statement.Speaker.Id);
        Assert.Null(statement.Source);
        Assert.Equal("to visit Tripoli next month", statement.Content.Of(text));
    }

    [Fact]
    public void Other_passives_report_nobody()
        => Assert.Empty(Extractors.Extract("The offensive was condemned in the capital.").Statements);

    [Fact]
    public void A_noun_compound_around_a_cue_word_is_no_cue()
        => Assert.Empty(Extractors.Extract("Lavrov spoke on a radio talk show from Moscow. Sarraj joined a conference call with Ankara.").Statements);

    [Fact]
    public void The_same_word_as_a_verb_is_still_a_cue()
    {
        const string text = "New polls show that Sarraj leads in Tripoli.";
        var statement = Assert.Single(Extractors.Extract(text).Statements);
        Assert.Equal("show", statement.Cue.Of(text));
        Assert.Equal("Sarraj leads in Tripoli", statement.Content.Of(text));
    }

    [Fact]
    public void An_opening_asked_is_a_question_by_someone_unnamed_and_the_answer_is_the_speakers()
    {
        const string text = "Asked whether the port would reopen, Sarraj said the decision was not his.";
        var statements = Extractors.Extract(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.Equal("Asked", statements[0].Cue.Of(text));
        Assert.Equal("unnamed-source", statements[0].Speaker.Id);
        Assert.Equal("whether the port would reopen", statements[0].Content.Of(text));
        Assert.Equal("sarraj", statements[1].Speaker.Id);
        Assert.Equal("the decision was not his", statements[1].Content.Of(text));
    }

    [Fact]
    public void Citing_a_reason_is_the_subjects_statement()
    {
        const string text = "The Kremlin cited security concerns for the delay.";
        var statement = Assert.Single(Extractors.Extract(text).Statements);
        Assert.Equal("russia", statement.Speaker.Id);
        Assert.Equal("cited", statement.Cue.Of(text));
    }
}
