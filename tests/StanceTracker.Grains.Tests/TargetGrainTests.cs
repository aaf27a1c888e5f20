using StanceTracker.Abstractions.Actors;
using StanceTracker.Abstractions.Grains;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;
using static StanceTracker.Grains.Tests.Statements;

namespace StanceTracker.Grains.Tests;

public sealed class TargetGrainTests
{
    private static StatementRecord By(string speaker, string id, string date, StanceKind stance, double score) =>
        About(id, date, "haftar", stance, score) with { SpeakerId = speaker, SpeakerName = speaker };

    [Fact]
    public async Task Supporters_and_opponents_are_ranked_and_windowed_and_never_stale()
    {
        await using var stance = await StanceCluster.StartAsync();
        async Task Record(string speaker, params StatementRecord[] statements) =>
            await stance.Grains.GetGrain<IActorGrain>(speaker).RecordAsync(new ActorInfo(speaker, speaker, "state", []), statements);

        await Record("egypt", By("egypt", "e1", "2020-01-10", StanceKind.Support, 0.8), By("egypt", "e2", "2020-02-10", StanceKind.Support, 0.9));
        await Record("uae", By("uae", "u1", "2020-01-15", StanceKind.Support, 0.5));
        await Record("turkey", By("turkey", "t1", "2020-01-20", StanceKind.Oppose, -0.9), By("turkey", "t2", "2020-03-20", StanceKind.Oppose, -0.8));
        await Record("un", By("un", "n1", "2020-01-25", StanceKind.Neutral, 0));

        var haftar = stance.Grains.GetGrain<ITargetGrain>("haftar");
        var standing = await haftar.GetStandingAsync(null, null);
        Assert.Equal(["egypt", "uae"], standing.Supporters.Select(p => p.ActorId));
        Assert.Equal("turkey", Assert.Single(standing.Opponents).ActorId);
        Assert.Equal("un", Assert.Single(standing.Neutral).ActorId);
        Assert.Equal(new DateTime(2020, 3, 20), standing.Opponents[0].LastDay);

        var february = await haftar.GetStandingAsync(DateTimeOffset.Parse("2020-02-01"), DateTimeOffset.Parse("2020-02-29"));
        Assert.Equal("egypt", Assert.Single(february.Supporters).ActorId);
        Assert.Empty(february.Opponents);

        // Recorded after the index was built: the next question sees it.
        await Record("russia", By("russia", "r1", "2020-06-10", StanceKind.Oppose, -0.7), By("russia", "r2", "2020-07-01", StanceKind.Oppose, -0.7));
        standing = await haftar.GetStandingAsync(null, null);
        Assert.Equal(["turkey", "russia"], standing.Opponents.Select(p => p.ActorId));
    }

    [Fact]
    public async Task The_all_time_standing_kept_as_stances_arrive_equals_the_one_summed_over_every_day()
    {
        await using var stance = await StanceCluster.StartAsync();
        async Task Record(string speaker, params StatementRecord[] statements) =>
            await stance.Grains.GetGrain<IActorGrain>(speaker).RecordAsync(new ActorInfo(speaker, speaker, "state", []), statements);

        await Record("egypt", By("egypt", "e1", "2019-12-30", StanceKind.Support, 0.8), By("egypt", "e2", "2020-02-10", StanceKind.Oppose, -0.3));
        var haftar = stance.Grains.GetGrain<ITargetGrain>("haftar");
        _ = await haftar.GetStandingAsync(null, null);
        // Arriving after the first question, and earlier than what was there: first and last days move both ways.
        await Record("egypt", By("egypt", "e3", "2019-11-02", StanceKind.Support, 0.6));
        await Record("turkey", By("turkey", "t1", "2020-01-20", StanceKind.Oppose, -0.9));

        var kept = await haftar.GetStandingAsync(null, null);
        var summed = await haftar.GetStandingAsync(DateTimeOffset.Parse("2000-01-01"), DateTimeOffset.Parse("2100-01-01"));
        static string Row(SpeakerPosition p) =>
            $"{p.ActorId} {p.Support}/{p.Oppose}/{p.Neutral} {p.NetScore:F12} {p.FirstDay:yyyy-MM-dd}..{p.LastDay:yyyy-MM-dd} {string.Join(",", p.Contributors)}";
        Assert.Equal(summed.Supporters.Select(Row), kept.Supporters.Select(Row));
        Assert.Equal(summed.Opponents.Select(Row), kept.Opponents.Select(Row));
        Assert.Equal(summed.Neutral.Select(Row), kept.Neutral.Select(Row));
        var egypt = Assert.Single(kept.Supporters);
        Assert.Equal((2, 1, new DateTime(2019, 11, 2), new DateTime(2020, 2, 10)), (egypt.Support, egypt.Oppose, egypt.FirstDay, egypt.LastDay));
    }
}
