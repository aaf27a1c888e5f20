using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Tests.Attribution;

/// <summary>
/// English clause shapes around a cue: infinitive contents, progressives, relative and parenthesised subjects, inverted
/// subjects that are really the content's, and objects the dictionary lacks (sentences written for these tests).
/// </summary>
public class EnglishClauseTests
{
    private static Statement Single(string text) => Assert.Single(Extractors.Extract(text).Statements);

    [Fact]
    public void A_declined_infinitive_is_the_content()
    {
        const string text = "Lavrov declined to name the officials who met in Geneva.";
        var statement = Single(text);
        Assert.Equal("lavrov", statement.Speaker.Id);
        Assert.Equal("to name the officials who met in Geneva", statement.Content.Of(text));
    }

    [Fact]
    public void A_negated_cue_keeps_its_subject_and_the_infinitives_own_that()
    {
        const string text = "The Harlow County Board did not want to discuss that proposal.";
        var statement = Single(text);
        Assert.Equal("The Harlow County Board", statement.Source?.Of(text));
        Assert.Equal("to discuss that proposal", statement.Content.Of(text));
    }

    [Fact]
    public void Said_to_reporters_is_no_infinitive()
    {
        const string text = "Lavrov said to reporters that the talks had failed.";
        Assert.Equal("the talks had failed", Single(text).Content.Of(text));
    }

    [Fact]
    public void A_progressive_participle_is_the_clauses_verb()
    {
        const string text = "Erdogan is promising to rebuild the port within a year.";
        var statement = Single(text);
        Assert.Equal("erdogan", statement.Speaker.Id);
        Assert.Equal("Erdogan", statement.Source?.Of(text));
        Assert.Equal("to rebuild the port within a year", statement.Content.Of(text));
    }

    [Fact]
    public void A_short_aside_between_commas_does_not_hide_the_subject()
    {
        const string text = "Economists, however, say the deficit will keep growing.";
        var statement = Single(text);
        Assert.Equal("Economists", statement.Source?.Of(text));
        Assert.Equal("the deficit will keep growing", statement.Content.Of(text));
    }

    [Fact]
    public void A_noun_phrase_followed_by_a_verb_after_the_cue_is_the_contents_subject()
    {
        const string text = "Lavrov spoke in Sochi. Analysts in Moscow, for their part, say a settlement is unlikely.";
        var statement = Single(text);
        Assert.Equal("a settlement is unlikely", statement.Content.Of(text));
        Assert.NotEqual("a settlement", statement.Source?.Of(text));
    }

    [Fact]
    public void Who_said_speaks_for_the_phrase_before_it()
    {
        const string text = "The ruling angered Lavrov, who said the court had no authority over Moscow.";
        var statement = Single(text);
        Assert.Equal("lavrov", statement.Speaker.Id);
        Assert.Equal("who", statement.Source?.Of(text));
        Assert.Equal("the court had no authority over Moscow", statement.Content.Of(text));
    }

    [Fact]
    public void Told_an_outlet_the_dictionary_lacks_takes_the_quotation_before()
    {
        const string text = "\"We will not give up the port,\" Erdogan told Harbor Weekly News.";
        var statement = Single(text);
        Assert.Equal("erdogan", statement.Speaker.Id);
        Assert.Equal("We will not give up the port", statement.Content.Of(text));
    }

    [Fact]
    public void A_pronoun_subject_after_a_comma_starts_a_second_statement()
    {
        const string text = "Lavrov spoke in Sochi. While he acknowledged the talks were hard, he maintained that Moscow would stay.";
        var statements = Extractors.Extract(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.Equal("the talks were hard", statements[0].Content.Of(text));
        Assert.Equal("Moscow would stay", statements[1].Content.Of(text));
        Assert.Equal("he", statements[1].Source?.Of(text));
    }

    [Fact]
    public void A_conjoined_cue_with_its_auxiliary_starts_a_second_statement()
    {
        const string text = "Erdogan expressed concerns but has said he wants the port reopened.";
        var statements = Extractors.Extract(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.Equal("concerns", statements[0].Content.Of(text));
        Assert.Equal("he wants the port reopened", statements[1].Content.Of(text));
    }

    [Fact]
    public void A_pronoun_subject_right_after_the_cue_stays_inside_the_content()
    {
        const string text = "The Kremlin said it believes the talks will fail.";
        Assert.Equal("it believes the talks will fail", Single(text).Content.Of(text));
    }

    [Fact]
    public void A_name_ending_in_s_at_a_sentence_start_is_a_name_when_the_article_writes_it_so_elsewhere()
    {
        const string text = "The rally was loud. Adams said the port would reopen. Voters cheered for Adams.";
        var statement = Single(text);
        Assert.Equal("new:adams", statement.Speaker.Id);
    }

    [Fact]
    public void A_named_subject_where_the_content_begins_is_the_contents_own()
    {
        const string text = "Lavrov spoke in Sochi. Later, Lavrov said Erdogan had rejected the truce.";
        var statement = Single(text);
        Assert.Equal("lavrov", statement.Speaker.Id);
        Assert.Equal("Erdogan had rejected the truce", statement.Content.Of(text));
    }

    [Fact]
    public void A_pronoun_after_though_means_the_speaker_named_earlier_in_the_sentence()
    {
        const string text = "Erdogan spoke first. \"The port will reopen,\" said Marta Quillon, though she added that the date was unclear.";
        var statements = Extractors.Extract(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.Equal("new:marta-quillon", statements[1].Speaker.Id);
        Assert.Equal("she", statements[1].Source?.Of(text));
        Assert.Equal("the date was unclear", statements[1].Content.Of(text));
    }
}
