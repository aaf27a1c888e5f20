namespace StanceTracker.Extraction.Tests.Actors;

/// <summary>Anonymous speakers: officials speak for their state or body, sources carry the camp they are tied to.</summary>
public class UnnamedSourceTests
{
    [Theory]
    [InlineData("وذكر مسؤول تركي كبير أن المطار مهم", "مسؤول تركي كبير", "turkey")]
    [InlineData("A senior US official said the deal was close.", "A senior US official", "usa")]
    [InlineData("Russian officials said the talks went well.", "Russian officials", "russia")]
    [InlineData("وقال مسؤول في حكومة الوفاق إن", "مسؤول في حكومة الوفاق", "gna")]
    // The accusative after لكن/إن, with the tanween dropped: ليبيًا is written as the country's name.
    [InlineData("لكن مسؤولا ليبيا كبيرا قال إن الهدنة صامدة", "مسؤولا ليبيا كبيرا", "libya")]
    public void An_official_speaks_for_the_body_they_serve(string text, string written, string id)
        => Assert.Equal(id, Mentions.Single(text, written).Actor.Id);

    [Theory]
    [InlineData("ونقلت وكالة رويترز عن مصدر عسكري في قوات حفتر أن القوات انسحبت", "مصدر عسكري في قوات حفتر", "haftar")]
    [InlineData("A source close to Haftar said the offensive would go on.", "A source close to Haftar", "haftar")]
    [InlineData("وقالت مصادر تركية إن", "مصادر تركية", "turkey")]
    [InlineData("وقال مسؤول مقرب من حفتر إن", "مسؤول مقرب من حفتر", "haftar")]
    public void A_source_becomes_a_source_actor_carrying_its_camp(string text, string written, string camp)
    {
        var actor = Mentions.Single(text, written).Actor;
        Assert.Equal(("source:" + camp, "source", camp), (actor.Id, actor.Type, actor.Affiliation));
        Assert.StartsWith("Source (", actor.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_is_the_speaker_and_its_own_camp_is_no_target()
    {
        const string text = "وقال مصدر مقرب من حفتر إن قوات حفتر ستواصل الهجوم وترفض الحوار مع حكومة الوفاق.";
        var statements = Extractors.Extract(text).Statements;
        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.Equal("source:haftar", s.Speaker.Id));
        Assert.All(statements, s => Assert.Null(s.Toward("haftar")));
        Assert.Contains(statements, s => s.Toward("gna") is not null);
    }

    [Fact]
    public void Sources_that_only_spoke_to_a_medium_stay_unnamed()
        => Assert.Equal([("unnamed-source", "مصادر عسكرية"), ("aljazeera", "للجزيرة")], Mentions.Pairs("ورجحت مصادر عسكرية للجزيرة أن"));

    [Fact]
    public void The_definite_official_refers_back_and_is_no_new_speaker()
        => Assert.DoesNotContain(Mentions.Of("ونقلت سبوتنيك عن المسؤول الليبي أن"), m => m.Actor.Id == "libya");
}
