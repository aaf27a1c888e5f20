namespace StanceTracker.Extraction.Tests.Actors;

public class ActorResolverTests
{
    private static (string Id, string Text)[] Resolve(string text)
        => Extractors.Shipped.FindMentions(text).Select(m => (m.Actor.Id, m.Span.Of(text))).ToArray();

    [Fact]
    public void Finds_names_behind_proclitics_with_original_offsets()
    {
        var mentions = Resolve("السراج وأردوغان يخاطبان الدول الداعمة لحفتر");
        Assert.Equal([("sarraj", "السراج"), ("erdogan", "وأردوغان"), ("haftar", "لحفتر")], mentions);
    }

    [Fact]
    public void Longest_alias_wins()
    {
        Assert.Equal([("sarraj", "رئيس حكومة الوفاق")], Resolve("رئيس حكومة الوفاق"));
        Assert.Equal([("gna", "حكومة الوفاق")], Resolve("حكومة الوفاق"));
        // Haftar's forces are tracked as Haftar (documented in actors.yaml); the LNA keeps its own names.
        Assert.Equal([("haftar", "قوات حفتر")], Resolve("قوات حفتر"));
        Assert.Equal([("lna", "الجيش الوطني الليبي")], Resolve("الجيش الوطني الليبي"));
        Assert.Equal([("gna", "قوات الوفاق")], Resolve("قوات الوفاق"));
        Assert.Equal([("gna", "حكومة السراج")], Resolve("حكومة السراج"));
        Assert.Equal([("erdogan", "للرئيس التركي")], Resolve("للرئيس التركي"));
    }

    [Fact]
    public void Capitals_and_titles_are_aliases()
    {
        Assert.Equal(["russia", "turkey", "egypt", "russia"], Resolve("موسكو وأنقرة والقاهرة والكرملين").Select(m => m.Id));
        Assert.Equal(["russia", "turkey", "erdogan", "lavrov"],
            Resolve("Moscow and Ankara; Turkish President spoke, Russian Foreign Minister Sergei Lavrov too").Select(m => m.Id));
    }

    [Fact]
    public void Diacritised_names_resolve()
        => Assert.Equal([("erdogan", "أَرْدُوغَان")], Resolve("أَرْدُوغَان"));

    [Fact]
    public void Dictionary_exposes_actors_by_id_with_affiliation()
    {
        var actors = Extractors.Shipped.Actors;
        Assert.True(actors.TryGet("sarraj", out var sarraj));
        Assert.Equal("gna", sarraj.Affiliation);
        Assert.Equal("person", sarraj.Type);
        Assert.False(actors.TryGet("nobody", out _));
        string[] required = ["erdogan", "turkey", "sarraj", "gna", "haftar", "lna", "russia", "lavrov", "peskov", "putin", "uae", "egypt", "sisi",
            "greece", "france", "macron", "un", "guterres", "salame", "maiteeq", "sawan", "justice-construction-party", "reuters", "sputnik",
            "anadolu", "aljazeera", "usa", "trump", "pompeo", "eu", "italy", "arab-league", "nato", "qatar", "saudi-arabia"];
        foreach (var id in required) Assert.True(actors.TryGet(id, out _), id);
        Assert.All(actors.All, a => Assert.Matches("^[a-z0-9][a-z0-9-]*$", a.Id));
    }
}
