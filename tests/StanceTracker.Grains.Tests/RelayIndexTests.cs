using Microsoft.Data.Sqlite;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;
using StanceTracker.Grains.Relays;
using StanceTracker.Grains.Storage;
using static StanceTracker.Grains.Tests.Said;

namespace StanceTracker.Grains.Tests;

/// <summary>
/// A speaker's relay window finds exactly the relays a comparison with every statement in the window would find, on
/// new databases, on databases logged before words were stored or while a relay index was kept, and after the relay
/// settings change; it stays within its memory bound and reads dropped days again.
/// </summary>
public sealed class RelayIndexTests
{
    private static readonly string[] Vocabulary =
    [
        "moscow", "rejects", "the", "military", "offensive", "that", "haftar's", "forces", "launched", "on", "tripoli",
        "and", "calls", "for", "talks", "ankara", "supports", "government", "of", "national", "accord", "ceasefire",
        "berlin", "conference", "oil", "embargo", "mercenaries", "sirte", "jufra", "airbase", "parliament", "tobruk",
    ];

    [Fact]
    public void Sets_at_or_above_the_threshold_always_share_a_prefix_word()
    {
        var random = new Random(7);
        var checkedPairs = 0;
        for (var pair = 0; pair < 4000; pair++)
        {
            var first = RandomWords(random, random.Next(1, 16));
            // The second set: the first with a few words dropped and a few added, so many pairs are near the thresholds.
            var second = first.Where(_ => random.NextDouble() > 0.12).Concat(RandomWords(random, random.Next(0, 3))).Distinct().ToList();
            var x = ContentTokens.Of(string.Join(' ', first));
            var y = ContentTokens.Of(string.Join(' ', second));
            var exact = Jaccard(first, second);
            Assert.Equal(exact, x.Jaccard(y), 12);
            foreach (var threshold in new[] { 0.5, 0.7, 0.8, 0.9, 1.0 })
            {
                if (exact < threshold) continue;
                checkedPairs++;
                var shared = x.Prefix(threshold).ToArray().Intersect(y.Prefix(threshold).ToArray());
                Assert.True(shared.Any(), $"{string.Join(' ', first)} | {string.Join(' ', second)} at {threshold}: J = {exact}, prefixes share nothing");
            }
        }
        Assert.True(checkedPairs > 2000, $"only {checkedPairs} pairs reached a threshold");
    }

    [Fact]
    public void Stored_words_read_back_as_the_same_set()
    {
        var tokens = ContentTokens.Of("Moscow REJECTS the offensive, and the offensive's end — قال الكرملين");
        var again = ContentTokens.Parse(tokens.Stored);
        Assert.Equal(tokens.Count, again.Count);
        Assert.Equal(1.0, tokens.Jaccard(again));
        Assert.Equal(tokens.Stored, again.Stored);
        Assert.Equal(0, ContentTokens.Parse("").Count);
    }

    [Fact]
    public async Task The_log_lists_the_utc_days_a_speaker_has_statements_on()
    {
        var data = Directory.CreateTempSubdirectory("stance-relay-days-").FullName;
        using var database = new SqliteDatabase(new StanceStorageOptions(data));
        var log = new SqliteStatementLog(database);
        var speaker = new SpeakerLog(log, new RelayMatcher(new RelaySettings()), "russia");
        Assert.Empty(await log.ReadStatementDaysAsync("russia"));
        // 01:30 in Tripoli on the 5th is still the 4th in UTC; two statements on the 10th are one day.
        var late = By("russia", "s1", "2020-06-04", "haftar", StanceKind.Oppose, -0.8) with
        {
            Published = new DateTimeOffset(2020, 6, 5, 1, 30, 0, TimeSpan.FromHours(2)),
        };
        await speaker.AppendAsync(0, [late, By("russia", "s2", "2020-06-10", "haftar", StanceKind.Oppose, -0.8),
            By("russia", "s3", "2020-06-10", "haftar", StanceKind.Oppose, -0.8)]);
        Assert.Empty(await log.ReadStatementDaysAsync("egypt"));
        Assert.Equal([new DateTime(2020, 6, 4), new DateTime(2020, 6, 10)], await log.ReadStatementDaysAsync("russia"));
        Assert.All(await log.ReadStatementDaysAsync("russia"), day => Assert.Equal(DateTimeKind.Utc, day.Kind));
    }

    [Fact]
    public async Task The_window_finds_what_comparing_with_every_statement_in_the_window_finds()
    {
        var data = Directory.CreateTempSubdirectory("stance-relay-index-").FullName;
        using var database = new SqliteDatabase(new StanceStorageOptions(data));
        var settings = new RelaySettings();
        var log = new SqliteStatementLog(database);
        var matcher = new RelayMatcher(settings);
        // A fresh window now and then, as a new activation of the actor has, which reads its days from the log.
        var speaker = new SpeakerLog(log, matcher, "russia");
        var random = new Random(11);
        var start = new DateTimeOffset(2020, 6, 1, 12, 0, 0, TimeSpan.Zero);
        // Rewordings of a few base remarks over a month, in batches of one to three articles, as ingestion appends them.
        var bases = Enumerable.Range(0, 6).Select(_ => RandomWords(random, random.Next(3, 14))).ToList();
        var logged = new List<(LoggedStatement Entry, List<string> Words)>();
        var relaysSeen = 0;
        var relaysInOneAppend = 0;
        var head = 0L;
        for (var article = 0; article < 160; article++)
        {
            var batch = new List<(StatementRecord Record, List<string> Words)>();
            for (var k = random.Next(1, 3); k > 0; k--)
            {
                var words = bases[random.Next(bases.Count)].Where(_ => random.NextDouble() > 0.08)
                    .Concat(random.NextDouble() < 0.5 ? RandomWords(random, 1) : []).Distinct().ToList();
                var id = $"s{article}-{k}";
                // A batch may hold two articles (calls queued behind an append go into the next one together), so a
                // statement can relay one of the same append.
                batch.Add((By("russia", id, start.AddDays(random.Next(30)).ToString("yyyy-MM-dd"), "haftar", StanceKind.Oppose, -0.8,
                    article: $"article-{article}{(k == 2 && random.Next(2) == 0 ? "-b" : "")}", content: string.Join(' ', words)), words));
            }
            if (article % 40 == 39)
                speaker = new SpeakerLog(log, matcher, "russia");
            var appended = await speaker.AppendAsync(head, [.. batch.Select(b => b.Record)]);
            Assert.Equal(batch.Count, appended.Count);
            head = appended[^1].Sequence;
            foreach (var (entry, (_, words)) in appended.Zip(batch))
            {
                var expected = BruteForce(settings, entry.Statement, words, logged);
                Assert.Equal(expected, entry.RelayOf);
                if (entry.IsRelay) relaysSeen++;
                if (appended.Any(other => other.Sequence == entry.RelayOf)) relaysInOneAppend++;
                logged.Add((entry, words));
            }
        }
        // The case must hold both kinds, and relays of a statement of the same append, or it would prove nothing about them.
        Assert.InRange(relaysSeen, 20, logged.Count - 20);
        Assert.True(relaysInOneAppend > 0, "no relay of a statement of the same append");
    }

    [Fact]
    public async Task A_database_logged_before_words_were_stored_finds_relays_of_its_old_statements()
    {
        // Back to the schema of the release before relay detection had an index: no words column, schema version 0.
        var data = await UpgradeFromAsync("ALTER TABLE statements DROP COLUMN tokens; DROP TABLE actor_heads; " + NoMonthTallies + "PRAGMA user_version = 0;");
        Assert.Equal(5L, DatabaseFile.Scalar(data, "PRAGMA user_version"));
        // The old statement keeps no words: the window tokenised its content when it read that day.
        Assert.Equal(1L, DatabaseFile.Scalar(data, "SELECT count(*) FROM statements WHERE tokens IS NULL"));
    }

    [Fact]
    public async Task A_database_with_a_relay_index_drops_it_and_finds_relays_of_its_old_statements()
    {
        // Back to the last release that kept relay keys (schema version 2: keys by day, then speaker, then word).
        var data = await UpgradeFromAsync("""
            CREATE TABLE relay_keys (
                day INTEGER NOT NULL, actor_id TEXT NOT NULL, token TEXT NOT NULL, seq INTEGER NOT NULL REFERENCES statements (seq),
                PRIMARY KEY (day, actor_id, token, seq)) WITHOUT ROWID;
            INSERT INTO relay_keys VALUES (737585, 'russia', 'offensive', 1);
            CREATE TABLE relay_index (id INTEGER PRIMARY KEY CHECK (id = 1), min_similarity REAL NOT NULL, min_tokens INTEGER NOT NULL);
            INSERT INTO relay_index VALUES (1, 0.8, 4);
            DROP TABLE actor_heads;
            DROP TABLE month_positions;
            DROP TABLE month_statements;
            PRAGMA user_version = 2;
            """);
        Assert.Equal(5L, DatabaseFile.Scalar(data, "PRAGMA user_version"));
        Assert.Equal(0L, DatabaseFile.Scalar(data, "SELECT count(*) FROM sqlite_master WHERE name IN ('relay_keys', 'relay_index', 'statement_relay_keys')"));
    }

    // Releases before schema version 5 kept no month tallies.
    private const string NoMonthTallies = "DROP TABLE month_positions; DROP TABLE month_statements; ";

    // Logs one remark, turns the database back into an older release's with `downgrade`, then restarts (which upgrades
    // it) and logs a rewording of the remark from another wire: the rewording must be found as a relay of the old one.
    private static async Task<string> UpgradeFromAsync(string downgrade)
    {
        const string rejection = "Moscow rejects the military offensive that Haftar's forces launched on Tripoli and calls for talks";
        var data = Directory.CreateTempSubdirectory("stance-relay-upgrade-").FullName;
        await using (var stance = await StanceCluster.StartAsync(data))
            await RecordAsync(stance.Grains, By("russia", "o1", "2020-06-10", "haftar", StanceKind.Oppose, -0.8, "wire-a", "Wire A", rejection));

        using (var connection = new SqliteConnection($"Data Source={Path.Combine(data, "stance.db")};Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = downgrade;
            command.ExecuteNonQuery();
        }

        await using (var stance = await StanceCluster.StartAsync(data))
        {
            await RecordAsync(stance.Grains, By("russia", "o1-b", "2020-06-12", "haftar", StanceKind.Oppose, -0.8, "wire-b", "Wire B",
                rejection.Replace("launched", "started", StringComparison.Ordinal)));
            var june = Assert.Single(await StanceTracker.Api.Queries.StanceQueries.TimelineAsync(stance.Grains, "russia", "haftar",
                StanceTracker.Abstractions.Stance.TimeBucket.Month, null, null));
            Assert.Equal((1, 2), (june.Oppose, june.Articles));
        }
        // The upgrade filled the actor's log head from the statements logged before it (else the grain's append, from the
        // position it had applied, would have been refused), and the append moved it.
        Assert.Equal(2L, DatabaseFile.Scalar(data, "SELECT last_seq FROM actor_heads WHERE actor_id = 'russia'"));
        Assert.Equal(2L, DatabaseFile.Scalar(data, "SELECT max(seq) FROM statements WHERE actor_id = 'russia'"));
        return data;
    }

    [Fact]
    public async Task Lowering_the_similarity_finds_older_statements_at_the_new_threshold()
    {
        const string rejection = "Moscow rejects the military offensive that Haftar's forces launched on Tripoli and calls for talks";
        var data = Directory.CreateTempSubdirectory("stance-relay-settings-").FullName;
        await using (var stance = await StanceCluster.StartAsync(data, relays: new RelaySettings { MinSimilarity = 1.0 }))
            await RecordAsync(stance.Grains, By("russia", "o1", "2020-06-10", "haftar", StanceKind.Oppose, -0.8, "wire-a", "Wire A", rejection));

        // At similarity 1 the statement's key is its longest word only ("offensive"); this rewording (J = 14/16) lacks
        // that word, so keys made when the statement was logged would not meet its own at 0.8. The window keys what it
        // reads with the settings of the moment.
        await using (var stance = await StanceCluster.StartAsync(data))
        {
            await RecordAsync(stance.Grains, By("russia", "o1-b", "2020-06-11", "haftar", StanceKind.Oppose, -0.8, "wire-b", "Wire B",
                rejection.Replace("offensive", "attack", StringComparison.Ordinal)));
            var june = Assert.Single(await StanceTracker.Api.Queries.StanceQueries.TimelineAsync(stance.Grains, "russia", "haftar",
                StanceTracker.Abstractions.Stance.TimeBucket.Month, null, null));
            Assert.Equal((1, 2), (june.Oppose, june.Articles));
        }
    }

    private static long? BruteForce(RelaySettings settings, StatementRecord statement, List<string> words,
        List<(LoggedStatement Entry, List<string> Words)> logged)
    {
        if (words.Count < settings.MinTokens) return null;
        var day = statement.Published.UtcDateTime.Date;
        var best = logged
            .Where(l => !l.Entry.IsRelay && l.Entry.Statement.ArticleId != statement.ArticleId && l.Words.Count >= settings.MinTokens)
            .Where(l => l.Entry.Statement.Published >= day.AddDays(-settings.WithinDays) && l.Entry.Statement.Published < day.AddDays(settings.WithinDays + 1))
            .Select(l => (l.Entry.Sequence, Similarity: Jaccard(words, l.Words)))
            .Where(c => c.Similarity >= settings.MinSimilarity)
            .OrderByDescending(c => c.Similarity).ThenBy(c => c.Sequence)
            .ToList();
        return best.Count == 0 ? null : best[0].Sequence;
    }

    private static double Jaccard(IEnumerable<string> a, IEnumerable<string> b)
    {
        var x = a.ToHashSet();
        var y = b.ToHashSet();
        return x.Count == 0 && y.Count == 0 ? 1 : (double)x.Intersect(y).Count() / x.Union(y).Count();
    }

    private static List<string> RandomWords(Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]).Distinct()];
}
