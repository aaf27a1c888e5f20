using StanceTracker.Extraction.Attribution;
using StanceTracker.Extraction.Model;
using StanceTracker.Extraction.Text;

namespace StanceTracker.Extraction.Tests.Attribution;

public class CueLexiconTests
{
    private static CueLexicon Cues => Extractors.Shipped.Cues;

    private static (string Lemma, string Text)? FirstCue(string text)
    {
        var analyzed = AnalyzedText.Analyze(text);
        for (var i = 0; i < analyzed.Tokens.Count; i++)
            if (Cues.TryMatch(analyzed, i, analyzed.Tokens.Count, out var match))
                return (match.Cue.Lemma, analyzed.SpanOf(match.FirstToken, match.EndToken - 1).Of(text));
        return null;
    }

    [Theory]
    [InlineData("وقال الرئيس", "قال", "وقال")]
    [InlineData("وشدد على", "شدد", "وشدد")]
    [InlineData("فعبر عن شكره", "عبر عن", "فعبر عن")]
    [InlineData("وأكدت موسكو", "أكد", "وأكدت")]
    [InlineData("Lavrov said", "said", "said")]
    [InlineData("according to the Kremlin", "according to", "according to")]
    public void Matches_cues_behind_proclitics(string text, string lemma, string matched)
        => Assert.Equal((lemma, matched), FirstCue(text));

    [Fact]
    public void Via_is_not_a_cue_without_its_particle()
        => Assert.Null(FirstCue("وحل الصراع عبر عملية سياسية"));

    [Fact]
    public void Cues_carry_kind_role_and_polarity()
    {
        Assert.Equal(Polarity.Support, Cues.Lookup("أشاد")?.Polarity);
        Assert.Equal(Polarity.Oppose, Cues.Lookup("condemned")?.Polarity);
        Assert.Equal(Polarity.Oppose, Cues.Lookup("رفض")?.Polarity);
        Assert.Equal(CueRole.Address, Cues.Lookup("خاطب")?.Role);
        Assert.Equal(CueKind.Participle, Cues.Lookup("قائلا")?.Kind);
        Assert.Equal(CueKind.Relay, Cues.Lookup("نقلت")?.Kind);
        Assert.Equal(CueKind.Source, Cues.Lookup("according to")?.Kind);
        Assert.Null(Cues.Lookup("قال")?.Polarity);
    }

    [Fact]
    public void Stance_lexicon_knows_support_oppose_and_epithets()
    {
        var stance = Extractors.Shipped.Stance;
        Assert.Equal(Polarity.Support, stance.Lookup("دعم")?.Polarity);
        Assert.Equal(Polarity.Oppose, stance.Lookup("مجرم الحرب")?.Polarity);
        Assert.False(stance.Lookup("مجرم الحرب")?.Negatable);
        Assert.Equal(Polarity.Oppose, stance.Lookup("condemn")?.Polarity);
    }
}
