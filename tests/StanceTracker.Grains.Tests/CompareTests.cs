using StanceTracker.Abstractions.Stance;
using StanceTracker.Api.Comparison;
using StanceTracker.Api.Queries;
using static StanceTracker.Grains.Tests.Said;

namespace StanceTracker.Grains.Tests;

public sealed class CompareTests
{
    [Fact]
    public async Task Positions_that_changed_appeared_or_disappeared_between_two_windows_are_listed_with_both_sides()
    {
        await using var stance = await StanceCluster.StartAsync();
        await RecordAsync(stance.Grains,
            By("russia", "r1", "2020-01-08", "haftar", StanceKind.Support, 0.8),
            By("russia", "r2", "2020-01-20", "haftar", StanceKind.Support, 0.6),
            By("russia", "r3", "2020-06-10", "haftar", StanceKind.Oppose, -0.7),
            By("egypt", "e1", "2020-01-10", "haftar", StanceKind.Support, 0.8),
            By("egypt", "e2", "2020-06-12", "haftar", StanceKind.Support, 0.9),
            By("uae", "u1", "2020-01-15", "haftar", StanceKind.Support, 0.5),
            By("italy", "i1", "2020-06-15", "gna", StanceKind.Support, 0.6));

        var january = (Day("2020-01-01"), Day("2020-01-31"));
        var june = (Day("2020-06-01"), Day("2020-06-30"));
        var comparison = await StanceQueries.CompareAsync(stance.Grains, january, june);

        Assert.Equal(new DateWindow("2020-01-01", "2020-01-31"), comparison.First);
        Assert.Equal([("italy", "gna", PositionChange.Appeared), ("russia", "haftar", PositionChange.Changed), ("uae", "haftar", PositionChange.Disappeared)],
            comparison.Changes.Select(c => (c.ActorId, c.TargetId, c.Change)));
        var russia = comparison.Changes[1];
        Assert.Equal((2, 0, StanceKind.Support), (russia.Before!.Support, russia.Before.Oppose, russia.Before.Dominant));
        Assert.Equal((0, 1, StanceKind.Oppose), (russia.After!.Support, russia.After.Oppose, russia.After.Dominant));
        Assert.Null(comparison.Changes[0].Before);
        Assert.Null(comparison.Changes[2].After);

        var towardHaftar = await StanceQueries.CompareAsync(stance.Grains, january, june, target: "haftar");
        Assert.Equal(["russia", "uae"], towardHaftar.Changes.Select(c => c.ActorId));
        var russiaOnly = await StanceQueries.CompareAsync(stance.Grains, january, june, actor: "russia");
        Assert.Equal("haftar", Assert.Single(russiaOnly.Changes).TargetId);
    }
}
