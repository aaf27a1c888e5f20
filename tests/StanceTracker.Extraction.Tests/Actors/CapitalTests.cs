namespace StanceTracker.Extraction.Tests.Actors;

/// <summary>Capitals and seats of power stand for their state; Tripoli, a city fought over, does not.</summary>
public class CapitalTests
{
    [Fact]
    public void Arabic_capitals_and_seats_resolve_to_their_states()
        => Assert.Equal(["russia", "russia", "turkey", "egypt", "uae", "france", "france", "usa", "usa", "italy", "greece"],
            Mentions.Pairs("موسكو والكرملين وأنقرة والقاهرة وأبوظبي وباريس والإليزيه وواشنطن والبيت الأبيض وروما وأثينا").Select(p => p.Id));

    [Fact]
    public void English_capitals_and_seats_resolve_to_their_states()
        => Assert.Equal(["russia", "russia", "turkey", "egypt", "uae", "france", "france", "usa", "usa", "italy", "greece"],
            Mentions.Pairs("Moscow, the Kremlin, Ankara, Cairo, Abu Dhabi, Paris, the Élysée, Washington, the White House, Rome and Athens").Select(p => p.Id));

    [Fact]
    public void Tripoli_is_a_place_not_an_actor()
        => Assert.Empty(Mentions.Of("سيطرت القوات على طرابلس. Fighting went on in Tripoli."));
}
