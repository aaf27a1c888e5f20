using StanceTracker.Abstractions.Grains;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;
using StanceTracker.Api.Queries;
using static StanceTracker.Grains.Tests.Said;

namespace StanceTracker.Grains.Tests;

/// <summary>The same statement relayed by several outlets is one vote, with every outlet kept as its provenance.</summary>
public sealed class RelayTests
{
    private const string Rejection = "Moscow rejects the military offensive that Haftar's forces launched on Tripoli and calls for talks";

    private static StatementRecord Oppose(string id, string date, string article, string outlet, string content) =>
        By("russia", id, date, "haftar", StanceKind.Oppose, -0.8, article, outlet, content);

    [Fact]
    public async Task A_relayed_statement_is_one_vote_in_the_series_the_shifts_and_the_target_view()
    {
        await using var stance = await StanceCluster.StartAsync();
        await RecordAsync(stance.Grains,
            By("russia", "s1", "2020-03-01", "haftar", StanceKind.Support, 0.8, content: "Russia supports the army led by Khalifa Haftar against militias"),
            By("russia", "s2", "2020-03-20", "haftar", StanceKind.Support, 0.8, content: "Moscow sees Haftar as a partner in any settlement"),
            Oppose("o1", "2020-06-10", "wire-a", "Wire A", Rejection),
            // The same words, retold a day or two later by two other outlets: one with a word changed, one reordered.
            Oppose("o1-b", "2020-06-11", "wire-b", "Wire B", Rejection.Replace("launched", "started", StringComparison.Ordinal)),
            Oppose("o1-c", "2020-06-12", "wire-c", "Wire C", "Moscow calls for talks and rejects the military offensive that Haftar's forces launched on Tripoli"));

        // Counted three times this would be a shift (two supports, then three oppositions); counted once it is not.
        var russia = stance.Grains.GetGrain<IActorGrain>("russia");
        Assert.Empty(await russia.GetShiftsAsync("haftar", null, null));

        var june = Assert.Single(await StanceQueries.TimelineAsync(stance.Grains, "russia", "haftar", TimeBucket.Month,
            Day("2020-06-01"), Day("2020-06-30")));
        Assert.Equal((0, 1, 0), (june.Support, june.Oppose, june.Neutral));
        Assert.Equal((3, 3), (june.Articles, june.Outlets));

        var standing = await stance.Grains.GetGrain<ITargetGrain>("haftar").GetStandingAsync(Day("2020-06-01"), Day("2020-06-30"));
        Assert.Equal(1, Assert.Single(standing.Opponents).Oppose);

        var network = await StanceQueries.NetworkAsync(stance.Grains, null, null);
        var edge = Assert.Single(network.Edges);
        Assert.Equal((2, 1), (edge.Support, edge.Oppose));
        Assert.Equal(3, Assert.Single(network.Nodes, n => n.Id == "russia").Statements);

        // The evidence shows the statement once, with the relays as its provenance.
        var listed = await russia.GetStatementsAsync(new StatementQuery("haftar", Day("2020-06-01"), Day("2020-06-30")));
        var original = Assert.Single(listed.Items);
        Assert.Equal("o1", original.Id);
        Assert.Equal(["Wire B", "Wire C"], original.RelayedBy!.Select(r => r.Outlet));
        Assert.All(original.RelayedBy!, r => Assert.InRange(r.Similarity, 0.8, 1.0));

        // A second, different opposition is a vote of its own: now the turn is a shift, with two statements after it, not four.
        await RecordAsync(stance.Grains, Oppose("o2", "2020-06-25", "wire-d", "Wire A",
            "The Kremlin said foreign backing for Haftar prolongs the war in Libya"));
        var shift = Assert.Single(await russia.GetShiftsAsync("haftar", null, null));
        Assert.Equal(new DateTime(2020, 6, 10), shift.VisibleOn);
        Assert.Equal(2, shift.AfterStatements);
        Assert.Equal(["o1", "o2"], shift.EvidenceAfter.Select(s => s.Id).Order());
        Assert.Equal(2, Assert.Single(shift.EvidenceAfter, s => s.Id == "o1").RelayedBy!.Count);
    }

    [Fact]
    public async Task Alike_statements_that_are_not_relays_all_count()
    {
        await using var stance = await StanceCluster.StartAsync();
        await RecordAsync(stance.Grains,
            Oppose("a", "2020-06-10", "wire-a", "Wire A", Rejection),
            // Too far apart in time to be the same statement relayed.
            Oppose("b", "2020-06-20", "wire-b", "Wire B", Rejection),
            // Close in time but a different statement that shares a phrase.
            Oppose("c", "2020-06-11", "wire-c", "Wire C", "Moscow rejects any foreign military deployment in Libya"));
        // Two statements in one article are two things said, even when worded alike.
        await stance.Grains.GetGrain<IActorGrain>("russia").RecordAsync(new("russia", "russia", "actor", []),
            [Oppose("d1", "2020-07-01", "wire-e", "Wire E", Rejection), Oppose("d2", "2020-07-01", "wire-e", "Wire E", Rejection)]);

        var points = await StanceQueries.TimelineAsync(stance.Grains, "russia", "haftar", TimeBucket.Month, null, null);
        Assert.Equal([3, 2], points.Select(p => p.Oppose));
    }

    [Fact]
    public async Task Relays_stay_one_vote_after_the_cluster_restarts()
    {
        var data = Directory.CreateTempSubdirectory("stance-relays-").FullName;
        await using (var stance = await StanceCluster.StartAsync(data))
        {
            await RecordAsync(stance.Grains,
                Oppose("o1", "2020-06-10", "wire-a", "Wire A", Rejection),
                Oppose("o1-b", "2020-06-11", "wire-b", "Wire B", Rejection));
        }
        await using (var stance = await StanceCluster.StartAsync(data))
        {
            // A relay that arrives after the restart is matched against what the log already holds.
            await RecordAsync(stance.Grains, Oppose("o1-c", "2020-06-09", "wire-c", "Wire C", Rejection));
            var june = Assert.Single(await StanceQueries.TimelineAsync(stance.Grains, "russia", "haftar", TimeBucket.Month, null, null));
            Assert.Equal((1, 3, 3), (june.Oppose, june.Articles, june.Outlets));
        }
    }
}
