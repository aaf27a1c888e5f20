using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Tests.Attribution;

/// <summary>Where an English cue after a comma takes its content: before it (an inverted cue) or after it (sentences written for these tests).</summary>
public class EnglishInversionTests
{
    [Fact]
    public void A_pronoun_after_a_cue_that_follows_an_apposition_opens_the_content()
    {
        const string text = "Ngozi Okafor, program director of the Lagos Civic Forum, said she expects the vote to stay calm.";
        var statement = Assert.Single(Extractors.Extract(text).Statements);
        Assert.Equal("said", statement.Cue.Of(text));
        Assert.Equal("she expects the vote to stay calm", statement.Content.Of(text));
    }

    [Fact]
    public void A_name_after_such_a_cue_with_its_own_verb_is_the_contents_subject()
    {
        const string text = "Ngozi Okafor, program director of the Lagos Civic Forum, said Erdogan misjudged the mood in Libya.";
        var statement = Assert.Single(Extractors.Extract(text).Statements);
        Assert.NotEqual("erdogan", statement.Speaker.Id);
        Assert.Equal("Erdogan misjudged the mood in Libya", statement.Content.Of(text));
    }

    [Fact]
    public void An_inverted_name_followed_by_a_circumstance_is_still_the_speaker()
    {
        const string text = "\"The port will reopen next week,\" said Erdogan on Friday.";
        var statement = Assert.Single(Extractors.Extract(text).Statements);
        Assert.Equal("erdogan", statement.Speaker.Id);
        Assert.Equal("The port will reopen next week", statement.Content.Of(text));
    }

    [Fact]
    public void Words_after_the_cue_of_a_quotation_describe_the_saying()
    {
        const string text = "\"We have come a long way since the spring,\" Lavrov told diplomats in Sochi on Monday. \"No one expected it,\" he said quietly.";
        var statements = Extractors.Extract(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.Equal("We have come a long way since the spring", statements[0].Content.Of(text));
        Assert.Equal("No one expected it", statements[1].Content.Of(text));
        Assert.Equal(StatementKind.Direct, statements[1].Kind);
        Assert.Equal("lavrov", statements[1].Speaker.Id);
    }

    [Fact]
    public void A_that_clause_after_the_cue_of_a_quotation_is_still_its_content()
    {
        const string text = "\"Enough,\" Lavrov told diplomats in Sochi that the talks were over.";
        var statement = Assert.Single(Extractors.Extract(text).Statements);
        Assert.Equal("the talks were over", statement.Content.Of(text));
    }

    [Fact]
    public void A_titled_subject_where_the_content_begins_is_the_contents_own()
    {
        const string text = "Ngozi Okafor said Turkish Foreign Minister Mevlut Cavusoglu had said the port would reopen.";
        var statement = Assert.Single(Extractors.Extract(text).Statements);
        Assert.Equal("Ngozi Okafor", statement.Source?.Of(text));
        Assert.Equal("Turkish Foreign Minister Mevlut Cavusoglu had said the port would reopen", statement.Content.Of(text));
    }

    [Fact]
    public void A_that_clause_after_an_aside_between_dashes_is_the_content()
    {
        const string text = "Ngozi Okafor said \u2014 on the radio, as it happens \u2014 that the port would reopen.";
        var statement = Assert.Single(Extractors.Extract(text).Statements);
        Assert.Equal("the port would reopen", statement.Content.Of(text));
    }

    [Fact]
    public void That_before_a_time_noun_opens_no_content()
    {
        const string text = "\"The port will reopen,\" Ngozi Okafor said in her speech that night.";
        var statement = Assert.Single(Extractors.Extract(text).Statements);
        Assert.Equal("The port will reopen", statement.Content.Of(text));
    }

    [Fact]
    public void A_quotation_right_after_a_pronoun_that_follows_the_cue_is_the_content()
    {
        const string text = "Ngozi Okafor, in a statement released on Thursday, said she \"welcomes the talks\" in Geneva.";
        var statement = Assert.Single(Extractors.Extract(text).Statements);
        Assert.StartsWith("she", statement.Content.Of(text));
        Assert.Contains("welcomes the talks", statement.Content.Of(text));
    }

    [Fact]
    public void A_circumstance_with_a_quoted_title_after_the_cue_of_a_quotation_is_not_the_content()
    {
        const string text = "Lavrov met reporters. \"She just made it up,\" he said of the claim during a call to the \"Evening Hour\" program.";
        var statement = Assert.Single(Extractors.Extract(text).Statements);
        Assert.Equal("She just made it up", statement.Content.Of(text));
    }

    [Fact]
    public void A_quotation_after_a_circumstance_and_a_colon_is_the_content()
    {
        const string text = "Regarding the envoy's visit, the Kremlin said in a statement: \"Nothing was agreed.\"";
        var statement = Assert.Single(Extractors.Extract(text).Statements);
        Assert.Equal("russia", statement.Speaker.Id);
        Assert.Equal("Nothing was agreed.", statement.Content.Of(text));
        Assert.Equal(StatementKind.Direct, statement.Kind);
    }
}
