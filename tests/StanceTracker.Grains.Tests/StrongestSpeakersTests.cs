using StanceTracker.Grains.Targets;

namespace StanceTracker.Grains.Tests;

public sealed class StrongestSpeakersTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(499)]
    [InlineData(500)]
    [InlineData(10_000)]
    public void The_kept_are_the_first_of_the_full_sort_whatever_the_order_offered(int limit)
    {
        // 500 speakers with strengths from a small set, so many tie and the id decides; offered in a shuffled order.
        var random = new Random(7);
        var offered = Enumerable.Range(0, 500)
            .Select(i => (Holder: $"actor-{random.Next(100_000):D5}-{i}", Strength: random.Next(12) / 4.0))
            .OrderBy(_ => random.Next()).ToList();
        var selection = new StrongestSpeakers(limit);
        foreach (var (holder, strength) in offered)
            selection.Offer(holder, new SpeakerTally { Support = 1 }, strength);

        var expected = offered.OrderByDescending(o => o.Strength).ThenBy(o => o.Holder, StringComparer.Ordinal).Take(limit).Select(o => o.Holder);
        Assert.Equal(expected, selection.TakeRanked().Select(k => k.Holder));
        Assert.Equal(500, selection.Total);
    }

    [Fact]
    public void The_tally_of_each_kept_speaker_comes_back_with_it()
    {
        var selection = new StrongestSpeakers(2);
        selection.Offer("egypt", new SpeakerTally { Support = 3, FirstDay = 10, LastDay = 20 }, 2.0);
        selection.Offer("uae", new SpeakerTally { Support = 1, FirstDay = 5, LastDay = 5 }, 0.5);
        selection.Offer("russia", new SpeakerTally { Support = 2, FirstDay = 1, LastDay = 30 }, 1.0);

        var kept = selection.TakeRanked();
        Assert.Equal([("egypt", 3, 10, 20), ("russia", 2, 1, 30)], kept.Select(k => (k.Holder, k.Tally.Support, k.Tally.FirstDay, k.Tally.LastDay)));
    }
}
