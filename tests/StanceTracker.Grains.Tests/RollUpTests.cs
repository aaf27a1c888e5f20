using StanceTracker.Abstractions.Stance;
using StanceTracker.Api.Queries;
using static StanceTracker.Grains.Tests.Said;

namespace StanceTracker.Grains.Tests;

/// <summary>
/// Members' statements roll up into their group along the shipped dictionary's dated affiliations: Lavrov (Russia's
/// foreign minister since 2004) and Peskov (Kremlin spokesman since 2012) toward Russia; Sarraj toward the GNA from
/// 30 March 2016 to 15 March 2021 only.
/// </summary>
public sealed class RollUpTests
{
    private static async Task<StanceCluster> StartWithStatementsAsync()
    {
        var stance = await StanceCluster.StartAsync();
        await RecordAsync(stance.Grains,
            By("russia", "r1", "2020-01-08", "haftar", StanceKind.Support, 0.8),
            By("lavrov", "l1", "2020-01-20", "haftar", StanceKind.Support, 0.6),
            // A member speaking of its own group is not the group's stance toward itself.
            By("lavrov", "l2", "2020-01-21", "russia", StanceKind.Support, 0.9),
            By("peskov", "p1", "2020-06-10", "haftar", StanceKind.Oppose, -0.7),
            By("sarraj", "s1", "2020-02-12", "haftar", StanceKind.Oppose, -0.9),
            // After the GNA handed over to the GNU: Sarraj speaks for himself.
            By("sarraj", "s2", "2021-06-01", "haftar", StanceKind.Oppose, -0.5),
            By("gna", "g1", "2020-04-16", "haftar", StanceKind.Oppose, -0.6));
        return stance;
    }

    [Fact]
    public async Task A_group_series_with_members_adds_their_statements_within_membership_and_names_them()
    {
        await using var stance = await StartWithStatementsAsync();

        var alone = await StanceQueries.TimelineAsync(stance.Grains, "russia", null, TimeBucket.Month, null, null);
        var point = Assert.Single(alone);
        Assert.Equal(["russia"], point.Contributors);

        var rolled = await StanceQueries.TimelineAsync(stance.Grains, "russia", null, TimeBucket.Month, null, null, withMembers: true);
        Assert.Equal([("haftar", new DateTime(2020, 1, 1)), ("haftar", new DateTime(2020, 6, 1))], rolled.Select(p => (p.TargetId, p.BucketStart)));
        Assert.Equal((2, 0), (rolled[0].Support, rolled[0].Oppose));
        Assert.Equal(["lavrov", "russia"], rolled[0].Contributors);
        Assert.Equal((0.8 + 0.6) / 2, rolled[0].NetScore, 9);
        Assert.Equal(2, rolled[0].Articles);
        Assert.Equal(["peskov"], rolled[1].Contributors);

        var gna = await StanceQueries.TimelineAsync(stance.Grains, "gna", "haftar", TimeBucket.Month, null, null, withMembers: true);
        Assert.Equal([new DateTime(2020, 2, 1), new DateTime(2020, 4, 1)], gna.Select(p => p.BucketStart));
        Assert.Equal(["sarraj"], gna[0].Contributors);
        Assert.Equal(["gna"], gna[1].Contributors);
    }

    [Fact]
    public async Task The_target_view_with_members_ranks_groups_and_keeps_speakers_outside_their_membership_apart()
    {
        await using var stance = await StartWithStatementsAsync();
        var haftar = stance.Grains.GetGrain<Abstractions.Grains.ITargetGrain>("haftar");

        var alone = await haftar.GetStandingAsync(null, null);
        Assert.Equal(["lavrov", "russia"], alone.Supporters.Select(p => p.ActorId).Order());
        Assert.Equal(["gna", "peskov", "sarraj"], alone.Opponents.Select(p => p.ActorId).Order());

        var rolled = await StanceQueries.TargetStandingAsync(stance.Grains, "haftar", null, null, withMembers: true);
        var russia = Assert.Single(rolled.Supporters);
        Assert.Equal("russia", russia.ActorId);
        Assert.Equal((2, 1), (russia.Support, russia.Oppose));
        Assert.Equal(["lavrov", "peskov", "russia"], russia.Contributors);
        Assert.Equal(["gna", "sarraj"], rolled.Opponents.Select(p => p.ActorId).Order());
        var gna = Assert.Single(rolled.Opponents, p => p.ActorId == "gna");
        Assert.Equal(["gna", "sarraj"], gna.Contributors);
        Assert.Equal(2, gna.Oppose);
        Assert.Equal(new DateTime(2021, 6, 1), Assert.Single(rolled.Opponents, p => p.ActorId == "sarraj").FirstDay);

        // "Who backs or opposes Haftar in June 2020 that did not in January": the window narrows the roll-up too.
        var june = await StanceQueries.TargetStandingAsync(stance.Grains, "haftar", Day("2020-06-01"), Day("2020-06-30"), withMembers: true);
        var inJune = Assert.Single(june.Opponents);
        Assert.Equal("russia", inJune.ActorId);
        Assert.Equal(["peskov"], inJune.Contributors);
        Assert.Empty(june.Supporters);
    }

    [Fact]
    public async Task Members_come_from_the_dictionary_with_their_dates()
    {
        await using var stance = await StanceCluster.StartAsync();
        var members = await stance.Grains.GetGrain<Abstractions.Grains.IActorDirectoryGrain>(0).GetMembersAsync("gna");
        var sarraj = Assert.Single(members, m => m.MemberId == "sarraj");
        Assert.Equal((new DateTime(2016, 3, 30), new DateTime(2021, 3, 15)), (sarraj.From, sarraj.To));
        var russia = await stance.Grains.GetGrain<Abstractions.Grains.IActorDirectoryGrain>(0).GetMembersAsync("russia");
        Assert.Contains(russia, m => m.MemberId == "lavrov" && m.From == new DateTime(2004, 3, 9) && m.To is null);
        // Putin has no dated membership: his undated affiliation counts at any date.
        Assert.Contains(russia, m => m.MemberId == "putin" && m.From is null && m.To is null);
        Assert.DoesNotContain(russia, m => m.MemberId == "russia");
    }
}
