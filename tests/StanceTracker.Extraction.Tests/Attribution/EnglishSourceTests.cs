namespace StanceTracker.Extraction.Tests.Attribution;

/// <summary>Where the source of an English statement stands when it is not right before the cue (sentences written for these tests).</summary>
public class EnglishSourceTests
{
    [Fact]
    public void A_second_verb_of_the_clause_shares_its_subject_as_source()
    {
        const string text = "Lavrov criticised the plan and defended the ceasefire in Sochi.";
        var statements = Extractors.Extract(text).Statements;
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("Lavrov", s.Source?.Of(text)));
    }

    [Fact]
    public void A_participle_after_the_clause_speaks_for_the_subject_after_an_opening_adjunct()
    {
        const string text = "Lavrov spoke in Sochi. On Monday, Erdogan issued a statement saying the port would reopen.";
        var statement = Assert.Single(Extractors.Extract(text).Statements);
        Assert.Equal("erdogan", statement.Speaker.Id);
        Assert.Equal("Erdogan", statement.Source?.Of(text));
        Assert.Equal("the port would reopen", statement.Content.Of(text));
    }

    [Fact]
    public void A_party_label_in_parentheses_and_an_adverb_stand_between_the_name_and_the_cue()
    {
        const string text = "Sen. Dana Whitlow (D-Ore.) privately warned that the bill would fail.";
        var statement = Assert.Single(Extractors.Extract(text).Statements);
        Assert.Equal("new:dana-whitlow", statement.Speaker.Id);
        Assert.Equal("the bill would fail", statement.Content.Of(text));
    }

    [Fact]
    public void A_role_followed_by_a_name_in_apposition_is_that_person()
    {
        const string text = "Her campaign manager, Robby Mookson, suggested that the data was stolen.";
        var statement = Assert.Single(Extractors.Extract(text).Statements);
        Assert.Equal("new:robby-mookson", statement.Speaker.Id);
    }

    [Fact]
    public void An_apposition_with_commas_of_its_own_is_passed_over()
    {
        const string text = "Mr. Hallgrim, whose company, Paraview, sells maps, said the market was shrinking.";
        var statement = Assert.Single(Extractors.Extract(text).Statements);
        Assert.Contains("Hallgrim", statement.Source?.Of(text));
        Assert.Equal("the market was shrinking", statement.Content.Of(text));
    }
}
