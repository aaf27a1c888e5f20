using StanceTracker.Abstractions.Actors;
using StanceTracker.Abstractions.Grains;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;
using StanceTracker.Api.Queries;
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

    // 48 speakers with one to four statements each toward Haftar over 2020, in six patterns: steady supporters and
    // opponents of two strengths, neutrals, and a mix whose mean sits on the 0.1 line for an even count. Speakers i
    // and i + 12 have the same record, so equal weights are broken by the id. Lavrov and Peskov (members of Russia in
    // the shipped dictionary) and Russia itself make the roll-up merge rows.
    private static List<StatementRecord> ManySpeakers()
    {
        var statements = new List<StatementRecord>();
        for (var i = 0; i < 48; i++)
        {
            var speaker = $"s{i:D2}";
            for (var k = 0; k <= i % 4; k++)
            {
                var (kind, score) = (i % 6) switch
                {
                    0 => (StanceKind.Support, 0.8),
                    1 => (StanceKind.Oppose, -0.6),
                    2 => (StanceKind.Neutral, 0.0),
                    3 => (StanceKind.Support, 0.4),
                    4 => k % 2 == 0 ? (StanceKind.Support, 0.7) : (StanceKind.Oppose, -0.5),
                    _ => (StanceKind.Oppose, -0.9),
                };
                var date = new DateTime(2020, 1 + (i + 5 * k) % 12, 1 + (3 * i + k) % 28);
                statements.Add(Said.By(speaker, $"{speaker}-{k}", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    "haftar", kind, score) with { SpeakerName = $"Speaker {i}" });
            }
        }
        statements.Add(Said.By("russia", "r1", "2020-01-08", "haftar", StanceKind.Support, 0.8));
        statements.Add(Said.By("lavrov", "l1", "2020-04-20", "haftar", StanceKind.Support, 0.6));
        statements.Add(Said.By("peskov", "p1", "2020-06-10", "haftar", StanceKind.Oppose, -0.7));
        return statements;
    }

    private static async Task<StanceCluster> StartWithManySpeakersAsync()
    {
        var stance = await StanceCluster.StartAsync();
        var speakers = ManySpeakers().GroupBy(s => s.SpeakerId).ToList();
        await stance.Grains.GetGrain<IActorDirectoryGrain>(0).RegisterAsync(
            [.. speakers.Select(s => new ActorInfo(s.Key, s.First().SpeakerName, "actor", []))]);
        foreach (var speaker in speakers)
            await stance.Grains.GetGrain<IActorGrain>(speaker.Key)
                .RecordAsync(new ActorInfo(speaker.Key, speaker.First().SpeakerName, "actor", []), [.. speaker]);
        return stance;
    }

    private static string Row(SpeakerPosition p) =>
        $"{p.ActorId} {p.ActorName} {p.Support}/{p.Oppose}/{p.Neutral} {p.NetScore:R} {p.FirstDay:yyyy-MM-dd}..{p.LastDay:yyyy-MM-dd} {string.Join(",", p.Contributors)}";

    // The ranking the standing has always had: weight (|net| × ln(1 + statements)) descending, then the id; the
    // undecided by how much they said, then the id.
    private static IEnumerable<string> Ranked(IEnumerable<SpeakerPosition> side, bool neutral) =>
        side.OrderByDescending(p => neutral ? p.Support + p.Oppose + p.Neutral : Math.Abs(p.NetScore) * Math.Log(1 + p.Support + p.Oppose + p.Neutral))
            .ThenBy(p => p.ActorId, StringComparer.Ordinal).Select(Row);

    [Theory]
    [InlineData(null, null, false)]
    [InlineData("2020-02-01", "2020-10-31", false)]
    [InlineData(null, null, true)]
    [InlineData("2020-02-01", "2020-10-31", true)]
    public async Task The_strongest_few_per_side_are_the_first_few_of_the_whole_ranking(string? from, string? to, bool withMembers)
    {
        await using var stance = await StartWithManySpeakersAsync();
        var haftar = stance.Grains.GetGrain<ITargetGrain>("haftar");
        var (start, end) = (from is null ? (DateTimeOffset?)null : Said.Day(from), to is null ? (DateTimeOffset?)null : Said.Day(to));

        var all = await haftar.GetStandingAsync(start, end, withMembers);
        // Every speaker, each side ranked as before, and the totals count the lists.
        Assert.Equal(Ranked(all.Supporters, neutral: false), all.Supporters.Select(Row));
        Assert.Equal(Ranked(all.Opponents, neutral: false), all.Opponents.Select(Row));
        Assert.Equal(Ranked(all.Neutral, neutral: true), all.Neutral.Select(Row));
        Assert.All(all.Supporters, p => Assert.True(p.NetScore > 0.1));
        Assert.All(all.Opponents, p => Assert.True(p.NetScore < -0.1));
        Assert.All(all.Neutral, p => Assert.InRange(p.NetScore, -0.1, 0.1));
        Assert.Equal((all.Supporters.Count, all.Opponents.Count, all.Neutral.Count), (all.SupportersTotal, all.OpponentsTotal, all.NeutralTotal));
        // Enough speakers on every side for the cut to choose, and ties for the id to break.
        Assert.All(new[] { all.Supporters, all.Opponents, all.Neutral }, side => Assert.True(side.Count > 4, $"{side.Count} on a side"));
        Assert.Contains(all.Supporters.Zip(all.Supporters.Skip(1)), pair => pair.First.NetScore == pair.Second.NetScore
            && pair.First.Support + pair.First.Oppose + pair.First.Neutral == pair.Second.Support + pair.Second.Oppose + pair.Second.Neutral);

        foreach (var top in new[] { 0, 1, 4, 7 })
        {
            var cut = await haftar.GetStandingAsync(start, end, withMembers, top);
            Assert.Equal(all.Supporters.Take(top).Select(Row), cut.Supporters.Select(Row));
            Assert.Equal(all.Opponents.Take(top).Select(Row), cut.Opponents.Select(Row));
            Assert.Equal(all.Neutral.Take(top).Select(Row), cut.Neutral.Select(Row));
            Assert.Equal((all.SupportersTotal, all.OpponentsTotal, all.NeutralTotal), (cut.SupportersTotal, cut.OpponentsTotal, cut.NeutralTotal));
        }
        var roomy = await haftar.GetStandingAsync(start, end, withMembers, all.SupportersTotal + all.OpponentsTotal + all.NeutralTotal);
        Assert.Equal(all.Supporters.Select(Row), roomy.Supporters.Select(Row));
        Assert.Equal(all.Neutral.Select(Row), roomy.Neutral.Select(Row));
    }

    [Fact]
    public async Task The_sides_and_their_order_follow_the_statements_themselves()
    {
        await using var stance = await StartWithManySpeakersAsync();
        var haftar = stance.Grains.GetGrain<ITargetGrain>("haftar");
        var (from, to) = (Said.Day("2020-03-01"), Said.Day("2020-08-31"));

        // Worked out here from the statements, without the grain: each speaker's mean score (confidence 1), its side,
        // and the order within the side.
        var records = ManySpeakers().Where(s => s.Published >= from && s.Published < to.AddDays(1))
            .GroupBy(s => s.SpeakerId)
            .Select(g => (Id: g.Key, Count: g.Count(), Net: Math.Round(g.Average(s => s.Stances[0].Score), 9)))
            .ToList();
        IEnumerable<string> Expected(Func<double, bool> onSide, bool neutral) => records.Where(r => onSide(r.Net))
            .OrderByDescending(r => neutral ? r.Count : Math.Abs(r.Net) * Math.Log(1 + r.Count)).ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => r.Id);

        var standing = await haftar.GetStandingAsync(from, to, top: 3);
        Assert.Equal(Expected(n => n > 0.1, false).Take(3), standing.Supporters.Select(p => p.ActorId));
        Assert.Equal(Expected(n => n < -0.1, false).Take(3), standing.Opponents.Select(p => p.ActorId));
        Assert.Equal(Expected(n => n is >= -0.1 and <= 0.1, true).Take(3), standing.Neutral.Select(p => p.ActorId));
        Assert.Equal(records.Count(r => r.Net > 0.1), standing.SupportersTotal);
        Assert.Equal(records.Count(r => r.Net < -0.1), standing.OpponentsTotal);
        Assert.Equal(records.Count(r => r.Net is >= -0.1 and <= 0.1), standing.NeutralTotal);
        // Named from the directory, only those listed.
        Assert.All(standing.Supporters.Where(p => p.ActorId.StartsWith('s')), p => Assert.Equal($"Speaker {int.Parse(p.ActorId[1..], System.Globalization.CultureInfo.InvariantCulture)}", p.ActorName));
    }

    [Fact]
    public async Task Top_zero_gives_the_totals_only_and_a_negative_top_is_refused()
    {
        await using var stance = await StartWithManySpeakersAsync();
        var haftar = stance.Grains.GetGrain<ITargetGrain>("haftar");

        var totals = await haftar.GetStandingAsync(null, null, top: 0);
        Assert.Empty(totals.Supporters.Concat(totals.Opponents).Concat(totals.Neutral));
        var all = await haftar.GetStandingAsync(null, null);
        Assert.Equal((all.Supporters.Count, all.Opponents.Count, all.Neutral.Count), (totals.SupportersTotal, totals.OpponentsTotal, totals.NeutralTotal));

        var refused = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => haftar.GetStandingAsync(null, null, top: -1));
        Assert.Contains("top", refused.Message);

        // The query shared by the API and the console lists its default number per side.
        var shared = await StanceQueries.TargetStandingAsync(stance.Grains, "haftar", null, null);
        Assert.Equal(Math.Min(all.SupportersTotal, StanceQueries.DefaultStandingTop), shared.Supporters.Count);
    }
}
