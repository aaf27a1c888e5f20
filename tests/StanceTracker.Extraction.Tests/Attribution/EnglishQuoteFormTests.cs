using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Tests.Attribution;

/// <summary>English quotation forms of wire copy and headlines: ''…'' quotes and "Name: words" labels (sentences written for these tests).</summary>
public class EnglishQuoteFormTests
{
    [Fact]
    public void A_doubled_apostrophe_quote_is_the_speakers_and_its_cue_inside_is_not_a_statement()
    {
        const string text = "Lavrov spoke in Sochi. ''I think the talks will fail,'' he said.";
        var statement = Assert.Single(Extractors.Extract(text).Statements);
        Assert.Equal("lavrov", statement.Speaker.Id);
        Assert.Equal("said", statement.Cue.Of(text));
        Assert.Equal("I think the talks will fail", statement.Content.Of(text));
        Assert.Equal(StatementKind.Direct, statement.Kind);
    }

    [Fact]
    public void A_headline_label_names_its_speaker()
    {
        const string text = "Erdogan: 'We will never abandon the port city.'";
        var statement = Assert.Single(Extractors.Extract(text).Statements);
        Assert.Equal("erdogan", statement.Speaker.Id);
        Assert.Equal(":", statement.Cue.Of(text));
        Assert.Equal("Erdogan", statement.Source?.Of(text));
    }

    [Fact]
    public void A_transcript_turn_by_a_newcomer_is_a_statement()
    {
        const string text = "Dana Pirelli: Welcome back to the program tonight.\nOmar Lindqvist: Thank you for having me here.";
        var statements = Extractors.Extract(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.Equal("new:omar-lindqvist", statements[1].Speaker.Id);
        Assert.Equal("Omar Lindqvist", statements[1].Source?.Of(text));
        Assert.Equal("Thank you for having me here", statements[1].Content.Of(text));
    }

    [Fact]
    public void Labels_that_name_nobody_and_short_tallies_are_no_statements()
    {
        Assert.Empty(Extractors.Extract("Update: the meeting was moved to Friday afternoon.").Statements);
        Assert.Empty(Extractors.Extract("At issue: a proposal that would alter the rules.").Statements);
        Assert.Empty(Extractors.Extract("Delegates won so far.\nSarraj: 1,204\nHaftar: 877").Statements);
    }

    [Fact]
    public void Endorsing_is_a_statement_that_supports_its_object()
    {
        const string text = "Erdogan endorsed Sarraj for a second term.";
        var statement = Assert.Single(Extractors.Extract(text).Statements);
        Assert.Equal("erdogan", statement.Speaker.Id);
        Assert.Equal(Polarity.Support, statement.Toward("sarraj")?.Polarity);
    }

    [Fact]
    public void An_inverted_cue_after_a_lead_in_takes_the_quotation_that_follows()
    {
        const string text = "Lavrov spoke in Sochi. At the end of the day, however, said Lavrov: \"We will not sign this.\"";
        var statement = Assert.Single(Extractors.Extract(text).Statements);
        Assert.Equal("lavrov", statement.Speaker.Id);
        Assert.StartsWith("We will not sign this", statement.Content.Of(text));
        Assert.Equal(StatementKind.Direct, statement.Kind);
    }
}
