using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Tests.Attribution;

/// <summary>English speakers the dictionary does not know, and the reporting forms around them (sentences written for these tests).</summary>
public class EnglishOpenSubjectTests
{
    private static Statement Single(string text) => Assert.Single(Extractors.Extract(text).Statements);

    [Fact]
    public void A_capitalised_name_becomes_a_newcomer_and_its_last_word_names_them_again()
    {
        const string text = "Marta Quillon said the county budget was a disgrace. Quillon added that she would vote against it.";
        var article = Extractors.Extract(text);
        Assert.Equal(2, article.Statements.Count);
        Assert.Equal("new:marta-quillon", article.Statements[0].Speaker.Id);
        Assert.Equal("person", article.Statements[0].Speaker.Type);
        Assert.Equal("Marta Quillon", article.Statements[0].Source?.Of(text));
        Assert.Equal("the county budget was a disgrace", article.Statements[0].Content.Of(text));
        Assert.Equal("new:marta-quillon", article.Statements[1].Speaker.Id);
        Assert.Equal("Quillon", article.Statements[1].Source?.Of(text));
    }

    [Fact]
    public void A_generic_noun_phrase_is_an_unnamed_source_with_its_span()
    {
        const string text = "The senator's aides said the vote would be delayed.";
        var statement = Single(text);
        Assert.Equal("unnamed-source", statement.Speaker.Id);
        Assert.Equal("The senator's aides", statement.Source?.Of(text));
        Assert.Equal("the vote would be delayed", statement.Content.Of(text));
    }

    [Fact]
    public void A_pronoun_with_nobody_to_refer_to_is_still_the_source()
    {
        const string text = "He said the plan would never pass.";
        var statement = Single(text);
        Assert.Equal("unnamed-source", statement.Speaker.Id);
        Assert.Equal("He", statement.Source?.Of(text));
    }

    [Fact]
    public void A_pronoun_takes_the_newcomer_who_spoke_last()
    {
        const string text = "Dale Fenwick told reporters that the race was close. \"We are going to win,\" he said.";
        var article = Extractors.Extract(text);
        Assert.Equal(2, article.Statements.Count);
        Assert.Equal("new:dale-fenwick", article.Statements[1].Speaker.Id);
        Assert.Equal("he", article.Statements[1].Source?.Of(text));
        Assert.Equal("We are going to win", article.Statements[1].Content.Of(text));
        Assert.Equal("the race was close", article.Statements[0].Content.Of(text));
    }

    [Fact]
    public void Inverted_said_with_an_apposition_after_the_name()
    {
        const string text = "\"Turnout will decide this,\" said Priya Okonkwo, a pollster in the state.";
        var statement = Single(text);
        Assert.Equal("new:priya-okonkwo", statement.Speaker.Id);
        Assert.Equal("Priya Okonkwo", statement.Source?.Of(text));
        Assert.Equal("Turnout will decide this", statement.Content.Of(text));
    }

    [Fact]
    public void Apposition_between_name_and_cue()
    {
        const string text = "Hollis Brandt, who chairs the party in the county, said the primary was fair.";
        var statement = Single(text);
        Assert.Equal("new:hollis-brandt", statement.Speaker.Id);
        Assert.Equal("Hollis Brandt", statement.Source?.Of(text));
        Assert.Equal("the primary was fair", statement.Content.Of(text));
    }

    [Fact]
    public void According_to_an_unknown_body()
    {
        const string text = "Turnout fell sharply, according to the Elections Office.";
        var statement = Single(text);
        Assert.Equal("according to", statement.Cue.Of(text));
        Assert.Equal("organisation", statement.Speaker.Type);
        Assert.Equal("the Elections Office", statement.Source?.Of(text));
        Assert.Equal("Turnout fell sharply", statement.Content.Of(text));
    }

    [Fact]
    public void Beliefs_and_intentions_are_statements()
    {
        const string text = "Local voters believe the mayor has failed them.";
        var statement = Single(text);
        Assert.Equal("believe", statement.Cue.Of(text));
        Assert.Equal("Local voters", statement.Source?.Of(text));
        Assert.Equal("unnamed-source", statement.Speaker.Id);
        Assert.Equal("the mayor has failed them", statement.Content.Of(text));
    }

    [Fact]
    public void Told_addressee_that()
    {
        const string text = "Rosa Mendel told the local paper that she was leaving the race.";
        var statement = Single(text);
        Assert.Equal("new:rosa-mendel", statement.Speaker.Id);
        Assert.Equal("told", statement.Cue.Of(text));
        Assert.Equal("she was leaving the race", statement.Content.Of(text));
    }

    [Fact]
    public void Colon_cue_takes_the_quotation_after_it()
    {
        const string text = "Ina Sorvino wrote: \"This campaign is over.\"";
        var statement = Single(text);
        Assert.Equal("new:ina-sorvino", statement.Speaker.Id);
        Assert.Equal("wrote", statement.Cue.Of(text));
        Assert.Equal("This campaign is over.", statement.Content.Of(text));
    }

    [Fact]
    public void A_quotation_standing_alone_continues_the_statement_before_it()
    {
        const string text = "\"We will fight for every vote,\" Lorna Vey said.\n\"Every single one.\"";
        var statement = Single(text);
        Assert.Equal("new:lorna-vey", statement.Speaker.Id);
        Assert.StartsWith("We will fight for every vote", statement.Content.Of(text));
        Assert.EndsWith("Every single one.", statement.Content.Of(text));
    }

    [Fact]
    public void A_cue_left_without_content_takes_the_quotation_of_the_next_sentence()
    {
        const string text = "Then Abel Korhonen added.\n\"Nobody here wants another recount.\"";
        var statement = Single(text);
        Assert.Equal("new:abel-korhonen", statement.Speaker.Id);
        Assert.Equal("Nobody here wants another recount.", statement.Content.Of(text));
    }

    [Fact]
    public void Nouns_passives_and_infinitives_that_look_like_cues_are_not_statements()
    {
        const string text = "Reports indicate a late surge. The plan was thought to be dead. Her aide declined to say more.";
        var cues = Extractors.Extract(text).Statements.Select(s => s.Cue.Of(text)).ToArray();
        Assert.DoesNotContain("Reports", cues);
        Assert.DoesNotContain("thought", cues);
        Assert.DoesNotContain("say", cues);
    }
}
