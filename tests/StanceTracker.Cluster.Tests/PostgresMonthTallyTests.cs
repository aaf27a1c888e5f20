using Npgsql;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;
using StanceTracker.Cluster.Tests.Servers;
using StanceTracker.Grains.Relays;
using StanceTracker.Grains.Storage;
using StanceTracker.Grains.Storage.Postgres;

namespace StanceTracker.Cluster.Tests;

/// <summary>
/// The PostgreSQL log answers window positions from month tallies kept by every append, plus the statements of the days
/// at a window's part-covered ends. Whatever the window, the answer must be the one grouping the statements themselves
/// gives (relays left out, each statement and each of its targets counted once), on a new database and on one made
/// before the tallies existed. The databases run in a time zone far from UTC, so a month taken in the session's zone
/// instead of UTC shows.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class PostgresMonthTallyTests(ClusterServers servers)
{
    private static readonly string[] Speakers = ["russia", "egypt", "turkey", "uae"];
    private static readonly string[] Targets = ["haftar", "gna", "sarraj", "wagner", "berlin-process"];
    private static readonly string[] Vocabulary =
    [
        "moscow", "rejects", "the", "military", "offensive", "on", "tripoli", "calls", "for", "talks", "ankara", "supports",
        "government", "ceasefire", "berlin", "conference", "oil", "embargo", "mercenaries", "sirte", "jufra", "airbase",
    ];

    [Fact]
    public async Task Each_append_tallies_only_the_votes_it_logs_in_their_UTC_month()
    {
        var database = await CreateDatabaseAsync();
        await using var postgres = new PostgresDatabase(database.ConnectionString);
        var log = new PostgresStatementLog(postgres);
        var speaker = new SpeakerLog(log, new RelayMatcher(new RelaySettings()), "russia");
        const string rejection = "Moscow rejects the military offensive that Haftar's forces launched on Tripoli and calls for talks";

        // Published late on 31 January in Brasília: 1 February in UTC. Haftar named twice: the first stance is the one logged.
        var lateJanuary = Statement("s1", "a-1", new DateTimeOffset(2020, 1, 31, 23, 30, 0, TimeSpan.FromHours(-3)), "a remark on the offensive",
            Toward("haftar", StanceKind.Oppose, -0.8, 0.5), Toward("haftar", StanceKind.Support, 0.3, 1.0));
        var onGna = Statement("s2", "a-2", new DateTimeOffset(2020, 1, 15, 12, 0, 0, TimeSpan.Zero), rejection, Toward("gna", StanceKind.Support, 0.6, 1.0));
        var noTarget = Statement("s3", "a-3", new DateTimeOffset(2020, 1, 20, 12, 0, 0, TimeSpan.Zero), "a remark about nobody in particular");
        var first = await speaker.AppendAsync(0, [lateJanuary, onGna, noTarget]);
        Assert.Equal(3, first.Count);

        // A re-ingested article: the three logged ones again, with a wire copy of the second (a relay) and one new vote,
        // published on 29 February in UTC and already on 1 March in the database's time zone.
        var copy = Statement("s4", "a-4", new DateTimeOffset(2020, 1, 16, 9, 0, 0, TimeSpan.Zero), rejection, Toward("gna", StanceKind.Support, 0.9, 1.0));
        var neutral = Statement("s5", "a-5", new DateTimeOffset(2020, 2, 29, 20, 0, 0, TimeSpan.Zero), "a remark on the talks",
            Toward("haftar", StanceKind.Neutral, 0, 0.7));
        var second = await speaker.AppendAsync(first[^1].Sequence, [lateJanuary, onGna, noTarget, copy, neutral]);
        Assert.Equal(["s4", "s5"], second.Select(s => s.Statement.Id));
        Assert.True(second[0].IsRelay);
        // Re-sent whole, as after a retried append: nothing new.
        Assert.Empty(await speaker.AppendAsync(second[^1].Sequence, [lateJanuary, onGna, copy, neutral]));

        var positions = await database.QueryAsync("""
            SELECT to_char(month, 'YYYY-MM'), actor_id, target_id, supports, opposes, neutrals, weighted, confidence
            FROM month_positions ORDER BY 1, 2, 3
            """);
        Assert.Equal(
            [("2020-01", "russia", "gna", 1, 0, 0, 0.6, 1.0), ("2020-02", "russia", "haftar", 0, 1, 1, -0.4, 1.2)],
            positions.Select(r => ((string)r[0]!, (string)r[1]!, (string)r[2]!, (int)r[3]!, (int)r[4]!, (int)r[5]!,
                Math.Round((double)r[6]!, 9), Math.Round((double)r[7]!, 9))));
        var statements = await database.QueryAsync("SELECT to_char(month, 'YYYY-MM'), actor_id, statements FROM month_statements ORDER BY 1, 2");
        Assert.Equal([("2020-01", "russia", 2), ("2020-02", "russia", 2)], statements.Select(r => ((string)r[0]!, (string)r[1]!, (int)r[2]!)));
    }

    [Fact]
    public async Task Every_window_gets_what_grouping_the_statements_gets()
    {
        var database = await CreateDatabaseAsync();
        await using var postgres = new PostgresDatabase(database.ConnectionString);
        var log = new PostgresStatementLog(postgres);
        await LogAsync(log);
        await AssertTalliesAsync(database);
        await AssertWindowsAsync(database, log);
    }

    [Fact]
    public async Task A_database_from_before_the_tallies_gets_them_from_its_statements()
    {
        var database = await CreateDatabaseAsync();
        await using (var postgres = new PostgresDatabase(database.ConnectionString))
            await LogAsync(new PostgresStatementLog(postgres));
        // Back to schema version 7, as the release before the tallies left it.
        await database.QueryAsync("DROP TABLE month_positions");
        await database.QueryAsync("DROP TABLE month_statements");
        await database.QueryAsync("DELETE FROM schema_version WHERE version = 8 RETURNING version");

        await using (var postgres = new PostgresDatabase(database.ConnectionString))
        {
            Assert.Equal(8, await database.CountAsync("SELECT max(version) FROM schema_version"));
            Assert.InRange(await database.CountAsync("SELECT count(*) FROM month_positions"), 50, 1000);
            await AssertTalliesAsync(database);
            var log = new PostgresStatementLog(postgres);
            await AssertWindowsAsync(database, log);

            // Appends go on tallying on top of what the upgrade counted, a re-sent statement among them not again.
            var before = await database.CountAsync("SELECT statements FROM month_statements WHERE month = '2020-01-01' AND actor_id = 'russia'");
            var head = await database.CountAsync("SELECT last_seq FROM actor_heads WHERE actor_id = 'russia'");
            var logged = (await log.ReadAfterAsync("russia", 0)).First(s => !s.IsRelay).Statement;
            var late = Statement("late-1", "late-article", new DateTimeOffset(2020, 1, 15, 12, 0, 0, TimeSpan.Zero),
                "an entirely new remark about sanctions", Toward("haftar", StanceKind.Oppose, -0.7, 0.9));
            Assert.Equal(["late-1"], (await new SpeakerLog(log, new RelayMatcher(new RelaySettings()), "russia").AppendAsync(head, [logged, late]))
                .Select(s => s.Statement.Id));
            Assert.Equal(before + 1, await database.CountAsync("SELECT statements FROM month_statements WHERE month = '2020-01-01' AND actor_id = 'russia'"));
            await AssertTalliesAsync(database);
            await AssertWindowsAsync(database, log);
        }
    }

    // A fresh database whose sessions run in New Zealand time (UTC+13 from October to early April): from 11:00 UTC on a
    // month's last day it is already the next month there.
    private async Task<StanceDatabase> CreateDatabaseAsync()
    {
        var database = await StanceDatabase.CreateAsync(servers);
        var name = new NpgsqlConnectionStringBuilder(database.ConnectionString).Database;
        await database.QueryAsync($"ALTER DATABASE {name} SET timezone TO 'Pacific/Auckland'");
        return database;
    }

    // Four speakers over seven months across a new year: rewordings of a few remarks (so some are relays), now and then a
    // target named twice in one statement, every tenth append sent again whole (a retry) and every seventh again with one
    // new statement (a re-ingested article whose extraction found one more), at any hour and in three time zones.
    private static async Task LogAsync(PostgresStatementLog log)
    {
        var matcher = new RelayMatcher(new RelaySettings());
        var random = new Random(5);
        var bases = Enumerable.Range(0, 8).Select(_ => Words(random, random.Next(4, 12))).ToList();
        var start = new DateTimeOffset(2019, 10, 1, 0, 0, 0, TimeSpan.Zero);
        TimeSpan[] zones = [TimeSpan.Zero, TimeSpan.FromHours(-5), TimeSpan.FromHours(3)];
        var (relays, resent) = (0, 0);
        foreach (var speakerId in Speakers)
        {
            var speaker = new SpeakerLog(log, matcher, speakerId);
            var head = 0L;
            for (var article = 0; article < 60; article++)
            {
                var batch = new List<StatementRecord>();
                for (var k = random.Next(1, 4); k > 0; k--)
                {
                    var target = Targets[random.Next(Targets.Length)];
                    var kind = (StanceKind)random.Next(3);
                    var score = kind switch { StanceKind.Support => 0.4 + random.NextDouble() / 2, StanceKind.Oppose => -0.4 - random.NextDouble() / 2, _ => 0 };
                    var words = bases[random.Next(bases.Count)].Where(_ => random.NextDouble() > 0.1).Concat(Words(random, random.Next(0, 2)));
                    var published = start.AddDays(random.Next(212)).AddMinutes(random.Next(24 * 60)).ToOffset(zones[random.Next(zones.Length)]);
                    var stance = Toward(target, kind, score, 0.5 + random.NextDouble() / 2);
                    var statement = Statement($"{speakerId}-{article}-{k}", $"{speakerId}-article-{article}", published,
                        string.Join(' ', words.Distinct()), stance) with { SpeakerId = speakerId, SpeakerName = speakerId };
                    if (random.Next(8) == 0)
                        statement = statement with { Stances = [stance, stance with { Score = score / 2 }] };
                    batch.Add(statement);
                }
                var appended = await speaker.AppendAsync(head, batch);
                head = appended[^1].Sequence;
                relays += appended.Count(a => a.IsRelay);
                if (article % 10 == 9)
                    Assert.Empty(await speaker.AppendAsync(head, batch));
                if (article % 7 == 6)
                {
                    var more = batch[0] with { Id = $"{batch[0].Id}-more", Content = $"{batch[0].Content} and more {article}" };
                    var again = await speaker.AppendAsync(head, [.. batch, more]);
                    Assert.Equal([more.Id], again.Select(a => a.Statement.Id));
                    head = again[^1].Sequence;
                    resent += batch.Count;
                }
            }
        }
        // Without relays and re-sent statements the comparison would prove nothing about leaving them out.
        Assert.InRange(relays, 10, 200);
        Assert.InRange(resent, 40, 200);
    }

    // The tally tables row for row against the statements grouped here, the month taken from each publication time in UTC.
    private static async Task AssertTalliesAsync(StanceDatabase database)
    {
        var votes = await database.QueryAsync("""
            SELECT s.actor_id, s.published, t.target_id, t.stance, t.score, t.confidence
            FROM statements s LEFT JOIN statement_targets t ON t.seq = s.seq
            WHERE NOT EXISTS (SELECT 1 FROM statement_relays r WHERE r.seq = s.seq)
            """);
        static string Month(object published) => ((DateTime)published).ToUniversalTime().ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var expected = votes.Where(v => v[2] is not null)
            .GroupBy(v => (Month(v[1]!), (string)v[0]!, (string)v[2]!))
            .ToDictionary(g => g.Key, g => (g.Count(v => (string)v[3]! == "support"), g.Count(v => (string)v[3]! == "oppose"),
                g.Count(v => (string)v[3]! == "neutral"), g.Sum(v => (double)v[4]! * (double)v[5]!), g.Sum(v => (double)v[5]!)));
        var tallied = (await database.QueryAsync("""
                SELECT to_char(month, 'YYYY-MM'), actor_id, target_id, supports, opposes, neutrals, weighted, confidence FROM month_positions
                """))
            .ToDictionary(r => ((string)r[0]!, (string)r[1]!, (string)r[2]!), r => ((int)r[3]!, (int)r[4]!, (int)r[5]!, (double)r[6]!, (double)r[7]!));
        Assert.Equal(expected.Keys.Order(), tallied.Keys.Order());
        foreach (var (key, (supports, opposes, neutrals, weighted, confidence)) in expected)
        {
            var ours = tallied[key];
            Assert.True((supports, opposes, neutrals) == (ours.Item1, ours.Item2, ours.Item3),
                $"{key}: tallied {ours.Item1}/{ours.Item2}/{ours.Item3}, the statements give {supports}/{opposes}/{neutrals}");
            Assert.Equal(weighted, ours.Item4, 9);
            Assert.Equal(confidence, ours.Item5, 9);
        }

        var byMonth = (await database.QueryAsync("""
                SELECT s.actor_id, s.published FROM statements s WHERE NOT EXISTS (SELECT 1 FROM statement_relays r WHERE r.seq = s.seq)
                """))
            .GroupBy(s => (Month(s[1]!), (string)s[0]!)).Select(g => (g.Key.Item1, g.Key.Item2, g.Count())).Order();
        var talliedByMonth = (await database.QueryAsync("SELECT to_char(month, 'YYYY-MM'), actor_id, statements FROM month_statements"))
            .Select(r => ((string)r[0]!, (string)r[1]!, (int)r[2]!)).Order();
        Assert.Equal(byMonth, talliedByMonth);
    }

    private static async Task AssertWindowsAsync(StanceDatabase database, PostgresStatementLog log)
    {
        var random = new Random(3);
        var windows = new List<(DateTime? From, DateTime? To)>
        {
            (null, null),
            (new(2020, 1, 1), new(2020, 1, 31)),     // one month
            (new(2020, 2, 1), new(2020, 2, 29)),     // one month, a leap February
            (new(2019, 12, 1), new(2020, 1, 31)),    // whole months across the new year
            (new(2019, 12, 10), new(2020, 2, 20)),   // part months at both ends, across the new year
            (new(2019, 12, 10), new(2019, 12, 31)),  // the end of a month
            (new(2020, 1, 1), new(2020, 1, 9)),      // the start of a month
            (new(2020, 3, 5), new(2020, 3, 9)),      // inside a month
            (new(2020, 3, 5), new(2020, 3, 5)),      // one day
            (null, new(2020, 1, 12)), (new(2020, 1, 12), null), (null, new(2019, 12, 31)), (new(2020, 2, 1), null),
            (new(2020, 3, 1), new(2020, 2, 1)),      // reversed: empty
            (new(2021, 1, 1), new(2021, 6, 30)),     // after the log: empty
            (new(2018, 1, 1), new(2022, 12, 31)),    // around the whole log
        };
        for (var i = 0; i < 40; i++)
        {
            var from = new DateTime(2019, 9, 20).AddDays(random.Next(230));
            windows.Add((random.Next(6) == 0 ? null : from, random.Next(6) == 0 ? null : from.AddDays(random.Next(0, 120))));
        }
        var answered = 0;
        foreach (var (from, to) in windows)
        {
            var answer = await log.PositionsAsync(from is { } f ? new DateTimeOffset(f, TimeSpan.Zero) : null, to is { } t ? new DateTimeOffset(t, TimeSpan.Zero) : null);
            var (positions, counts) = await GroupedAsync(database, from, to?.AddDays(1));
            var label = $"{from:yyyy-MM-dd}..{to:yyyy-MM-dd}";
            Assert.True(positions.Count == answer.Positions.Count, $"{label}: {answer.Positions.Count} positions, grouping gives {positions.Count}");
            foreach (var (ours, expected) in answer.Positions.Zip(positions))
            {
                Assert.True((expected.ActorId, expected.TargetId, expected.Support, expected.Oppose, expected.Neutral)
                    == (ours.ActorId, ours.TargetId, ours.Support, ours.Oppose, ours.Neutral), $"{label}: {ours}, grouping gives {expected}");
                Assert.Equal(expected.NetScore, ours.NetScore, 9);
            }
            Assert.Equal(counts.OrderBy(c => c.Key), answer.StatementsByActor.OrderBy(c => c.Key));
            answered += positions.Count > 0 ? 1 : 0;
        }
        // Most windows hold votes: an empty answer everywhere would agree with grouping and prove nothing.
        Assert.InRange(answered, windows.Count - 10, windows.Count);
    }

    // The definition: every statement of [from, to) that is not a relay, grouped by speaker and target.
    private static async Task<(List<ActorTargetPosition> Positions, Dictionary<string, int> Counts)> GroupedAsync(
        StanceDatabase database, DateTime? from, DateTime? to)
    {
        var window = "NOT EXISTS (SELECT 1 FROM statement_relays r WHERE r.seq = s.seq)"
            + (from is null ? "" : " AND s.published >= @from") + (to is null ? "" : " AND s.published < @to");
        var parameters = new List<(string, object)>();
        if (from is { } f) parameters.Add(("from", DateTime.SpecifyKind(f, DateTimeKind.Utc)));
        if (to is { } t) parameters.Add(("to", DateTime.SpecifyKind(t, DateTimeKind.Utc)));
        var positions = (await database.QueryAsync($"""
                SELECT t.actor_id, t.target_id, count(*) FILTER (WHERE t.stance = 'support'), count(*) FILTER (WHERE t.stance = 'oppose'),
                       count(*) FILTER (WHERE t.stance = 'neutral'), sum(t.score * t.confidence), sum(t.confidence)
                FROM statements s JOIN statement_targets t ON t.seq = s.seq WHERE {window}
                GROUP BY t.actor_id, t.target_id ORDER BY t.actor_id, t.target_id
                """, [.. parameters]))
            .Select(r => new ActorTargetPosition((string)r[0]!, (string)r[1]!, (int)(long)r[2]!, (int)(long)r[3]!, (int)(long)r[4]!,
                StanceSeries.NetScore((double)r[5]!, (double)r[6]!)))
            .ToList();
        var counts = (await database.QueryAsync($"SELECT s.actor_id, count(*) FROM statements s WHERE {window} GROUP BY s.actor_id", [.. parameters]))
            .ToDictionary(r => (string)r[0]!, r => (int)(long)r[1]!, StringComparer.Ordinal);
        return (positions, counts);
    }

    private static StatementRecord Statement(string id, string article, DateTimeOffset published, string content, params TargetStanceRecord[] stances) =>
        new(id, article, "russia", "Russia", published, "Wire", "title", "en", "indirect", "said", content, 0, content.Length, content, 0, stances);

    private static TargetStanceRecord Toward(string target, StanceKind stance, double score, double confidence) =>
        new(target, target, "actor", stance, score, confidence);

    private static List<string> Words(Random random, int count) =>
        Enumerable.Range(0, count).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]).Distinct().ToList();
}
