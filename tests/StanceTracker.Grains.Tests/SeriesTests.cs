using StanceTracker.Abstractions.Stance;
using StanceTracker.Api.Queries;
using static StanceTracker.Grains.Tests.Said;

namespace StanceTracker.Grains.Tests;

public sealed class SeriesTests
{
    [Fact]
    public async Task Buckets_count_stances_weigh_the_net_score_by_confidence_and_count_distinct_articles_and_outlets()
    {
        await using var stance = await StanceCluster.StartAsync();
        await RecordAsync(stance.Grains,
            By("russia", "a", "2020-01-06", "haftar", StanceKind.Support, 0.8, article: "art-1", outlet: "Sample Wire"),
            By("russia", "b", "2020-01-07", "haftar", StanceKind.Support, 0.6, article: "art-2", outlet: "sample wire ", confidence: 0.5),
            By("russia", "c", "2020-01-20", "haftar", StanceKind.Oppose, -0.4, article: "art-3", outlet: "Other Agency", confidence: 0.25),
            By("russia", "d", "2020-02-03", "haftar", StanceKind.Neutral, 0, article: "art-4", outlet: "Other Agency"));
        // A second statement in an article already counted is another vote, not another article.
        await stance.Grains.GetGrain<Abstractions.Grains.IActorGrain>("russia").RecordAsync(
            new("russia", "Russia", "state", []),
            [By("russia", "e", "2020-01-06", "haftar", StanceKind.Support, 1.0, article: "art-1", outlet: "Sample Wire")]);

        var months = await StanceQueries.TimelineAsync(stance.Grains, "russia", "haftar", TimeBucket.Month, null, null);
        Assert.Equal([new DateTime(2020, 1, 1), new DateTime(2020, 2, 1)], months.Select(p => p.BucketStart));
        var january = months[0];
        Assert.Equal((3, 1, 0), (january.Support, january.Oppose, january.Neutral));
        // (0.8·1 + 0.6·0.5 − 0.4·0.25 + 1.0·1) / (1 + 0.5 + 0.25 + 1)
        Assert.Equal((0.8 + 0.3 - 0.1 + 1.0) / 2.75, january.NetScore, 9);
        Assert.Equal(3, january.Articles);
        Assert.Equal(2, january.Outlets); // "Sample Wire" and "sample wire " are one outlet
        Assert.Equal(["russia"], january.Contributors);
        Assert.Equal((1, 1), (months[1].Articles, months[1].Outlets));

        var weeks = await StanceQueries.TimelineAsync(stance.Grains, "russia", "haftar", TimeBucket.Week, null, null);
        Assert.Equal([new DateTime(2020, 1, 6), new DateTime(2020, 1, 20), new DateTime(2020, 2, 3)], weeks.Select(p => p.BucketStart));
        Assert.Equal((3, 2, 1), (weeks[0].Support, weeks[0].Articles, weeks[0].Outlets));

        var days = await StanceQueries.TimelineAsync(stance.Grains, "russia", "haftar", TimeBucket.Day,
            Day("2020-01-07"), Day("2020-01-31"));
        Assert.Equal([new DateTime(2020, 1, 7), new DateTime(2020, 1, 20)], days.Select(p => p.BucketStart));
        Assert.Equal(0.6, days[0].NetScore, 9);
    }
}
