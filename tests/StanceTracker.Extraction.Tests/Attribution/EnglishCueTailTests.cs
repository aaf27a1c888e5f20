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
}
