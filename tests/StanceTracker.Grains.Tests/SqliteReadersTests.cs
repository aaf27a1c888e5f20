using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Orleans.Runtime;
using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;
using StanceTracker.Grains.Relays;
using StanceTracker.Grains.Storage;
using static StanceTracker.Grains.Tests.Said;

namespace StanceTracker.Grains.Tests;

/// <summary>
/// The embedded database's reads on kept-open connections with prepared queries (<see cref="SqliteReaders"/>): the same
/// rows as the ADO.NET reads they replaced, under concurrency with the writer, within the pool's bound, closed with the
/// database, a failed statement's connection dropped, and no read transaction left behind to hold up a checkpoint.
/// </summary>
public sealed class SqliteReadersTests
{
    [Fact]
    public async Task The_log_reads_give_the_rows_the_ADO_NET_reads_gave()
    {
        var data = Directory.CreateTempSubdirectory("stance-readers-").FullName;
        using var database = new SqliteDatabase(new StanceStorageOptions(data));
        var log = new SqliteStatementLog(database);
        var matcher = new RelayMatcher(new RelaySettings());
        var russia = new SpeakerLog(log, matcher, "russia");
        // Two targets on one statement, a relay (same words, another article, next day), another speaker, an outlet-less one.
        var first = await russia.AppendAsync(0, [
            By("russia", "s1", "2020-06-01", "haftar", StanceKind.Oppose, -0.8, article: "a-1", content: "moscow rejects the offensive on tripoli") with
            {
                Stances = [new TargetStanceRecord("haftar", "haftar", "actor", StanceKind.Oppose, -0.8, 0.9), new TargetStanceRecord("gna", "gna", "actor", StanceKind.Support, 0.5, 0.7)],
            },
            By("russia", "s2", "2020-06-02", "haftar", StanceKind.Oppose, -0.7, article: "a-2", content: "moscow rejects the offensive on tripoli"),
            By("russia", "s3", "2020-06-03", "gna", StanceKind.Neutral, 0.0, article: "a-2", content: "talks in berlin", outlet: null!),
        ]);
        Assert.True(first[1].IsRelay, "the second statement should be logged as a relay of the first");
        await new SpeakerLog(log, matcher, "turkey").AppendAsync(0, [By("turkey", "t1", "2020-06-02", "haftar", StanceKind.Oppose, -0.6, article: "a-3")]);
        // A row logged before words were stored (schema step 1): no tokens, so its content is tokenised when read.
        Update(data, "UPDATE statements SET tokens = NULL WHERE statement_id = 's3'");

        foreach (var (actor, after) in new[] { ("russia", 0L), ("russia", first[0].Sequence), ("turkey", 0L), ("nobody", 0L) })
        {
            var pooled = await log.ReadAfterAsync(actor, after);
            var before = OldReadAfter(data, actor, after);
            Assert.Equal(before.Count, pooled.Count);
            foreach (var (p, b) in pooled.Zip(before))
            {
                Assert.Equal((b.Sequence, b.RelayOf, b.OriginalPublished), (p.Sequence, p.RelayOf, p.OriginalPublished));
                Assert.Equal(Json(b.Statement), Json(p.Statement));
            }
            Assert.Equal(OldCountArticles(data, actor), await log.CountArticlesAsync(actor));
        }
        Assert.Equal(2, (await log.ReadAfterAsync("russia", 0))[0].Statement.Stances.Count);

        foreach (var (from, to) in new[] { (new DateTime(2020, 6, 1), new DateTime(2020, 6, 3)), (new DateTime(2020, 6, 3), new DateTime(2020, 6, 3)), (new DateTime(2021, 1, 1), new DateTime(2021, 1, 9)) })
        {
            var pooled = await log.ReadRelayCandidatesAsync("russia", from, to);
            var before = OldRelayCandidates(data, "russia", from, to);
            Assert.Equal(before.Select(c => (c.Sequence, c.ArticleId, c.Published, c.Words.Stored)),
                pooled.Select(c => (c.Sequence, c.ArticleId, c.Published, c.Words.Stored)));
        }
        // The relay is not a candidate, and the row without stored words still has its words.
        var window = await log.ReadRelayCandidatesAsync("russia", new DateTime(2020, 6, 1), new DateTime(2020, 6, 3));
        Assert.Equal([first[0].Sequence, first[2].Sequence], window.Select(c => c.Sequence));
        Assert.Equal(ContentTokens.Of("talks in berlin").Stored, window[1].Words.Stored);

        foreach (var (target, after) in new[] { ("haftar", 0L), ("gna", 0L), ("haftar", first[0].Sequence), ("nobody", 0L) })
            Assert.Equal(OldTargetAfter(data, target, after), await log.ReadTargetAfterAsync(target, after));
        Assert.Equal(2, (await log.ReadTargetAfterAsync("haftar", 0)).Count); // russia's original and turkey's, not the relay
    }

    [Fact]
    public async Task Grain_state_reads_back_as_written_and_a_missing_state_is_not_found()
    {
        var data = Directory.CreateTempSubdirectory("stance-readers-state-").FullName;
        using var database = new SqliteDatabase(new StanceStorageOptions(data));
        var storage = new SqliteGrainStorage(database, new JsonFormat());
        var grain = GrainId.Create("actor", "russia");

        var missing = new GrainState<List<string>> { State = ["untouched"], ETag = "7", RecordExists = true };
        await storage.ReadStateAsync("state", grain, missing);
        Assert.Equal((null, false), (missing.ETag, missing.RecordExists));
        Assert.Equal(["untouched"], missing.State);

        var written = new GrainState<List<string>> { State = ["moscow", "موسكو"] };
        await storage.WriteStateAsync("state", grain, written);
        await storage.WriteStateAsync("state", grain, written);
        var read = new GrainState<List<string>>();
        await storage.ReadStateAsync("state", grain, read);
        Assert.Equal(("2", true), (read.ETag, read.RecordExists));
        Assert.Equal(["moscow", "موسكو"], read.State);
        // Another state name of the same grain is another row.
        var other = new GrainState<List<string>>();
        await storage.ReadStateAsync("other", grain, other);
        Assert.False(other.RecordExists);
    }

    [Fact]
    public async Task Parallel_readers_see_whole_appends_while_the_writer_runs()
    {
        var data = Directory.CreateTempSubdirectory("stance-readers-parallel-").FullName;
        using var database = new SqliteDatabase(new StanceStorageOptions(data) { ReaderConnections = 3 });
        var log = new SqliteStatementLog(database);
        var speaker = new SpeakerLog(log, new RelayMatcher(new RelaySettings()), "russia");
        var appending = Task.Run(async () =>
        {
            var head = 0L;
            for (var i = 0; i < 120; i++)
            {
                // Two statements per append: a reader must see both or neither.
                var appended = await speaker.AppendAsync(head, [
                    By("russia", $"s{i}a", "2020-06-01", "haftar", StanceKind.Oppose, -0.5, article: $"a-{i}", content: $"first remark {i}"),
                    By("russia", $"s{i}b", "2020-06-02", "gna", StanceKind.Support, 0.5, article: $"a-{i}", content: $"second remark {i}"),
                ]);
                head = appended[^1].Sequence;
            }
        });
        // As many readers as the pool keeps, each on a thread of its own. The reads complete synchronously, so a reader
        // loop never yields: sixteen of them on the thread pool held every pool thread of the test process for the
        // whole run (25 s), and the silos of the test classes running beside this one missed their 30 s call timeouts.
        var seen = new List<int>[3];
        var readers = Enumerable.Range(0, seen.Length).Select(r => Task.Factory.StartNew(() =>
        {
            seen[r] = [];
            var windowBefore = 0;
            while (!appending.IsCompleted)
            {
                var after = log.ReadAfterAsync("russia", 0).GetAwaiter().GetResult();
                var window = log.ReadRelayCandidatesAsync("russia", new DateTime(2020, 6, 1), new DateTime(2020, 6, 2)).GetAwaiter().GetResult();
                Assert.True(after.Count % 2 == 0, $"a read saw half an append: {after.Count} statements");
                Assert.True(after.Select(e => e.Sequence).SequenceEqual(after.Select(e => e.Sequence).Order()), "not in log order");
                Assert.True(window.Count >= windowBefore, $"the window shrank from {windowBefore} to {window.Count}");
                windowBefore = window.Count;
                seen[r].Add(after.Count);
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        await appending;
        await Task.WhenAll(readers);

        var all = await log.ReadAfterAsync("russia", 0);
        Assert.Equal(240, all.Count);
        Assert.Equal(Enumerable.Range(0, 120).SelectMany(i => new[] { $"s{i}a", $"s{i}b" }), all.Select(e => e.Statement.Id));
        // Each reader's view only grew, and the reads overlapped the writes (some saw a log neither empty nor whole).
        Assert.All(seen, counts => Assert.True(counts.SequenceEqual(counts.Order()), "a later read saw fewer statements"));
        Assert.Contains(seen.SelectMany(c => c), count => count is > 0 and < 240);
        Assert.InRange(database.Reads.Counts.Idle, 1, 3);
    }

    [Fact]
    public async Task The_pool_keeps_at_most_its_capacity_and_opens_more_rather_than_wait()
    {
        var data = Directory.CreateTempSubdirectory("stance-readers-bound-").FullName;
        using var database = new SqliteDatabase(new StanceStorageOptions(data) { ReaderConnections = 2 });
        // Six reads at once, each holding its connection until all six are in: the pool opens six.
        using var together = new Barrier(6);
        var reads = Enumerable.Range(0, 6).Select(_ => Task.Factory.StartNew(() =>
            database.Reads.Read("SELECT 1", together, static (query, barrier) =>
            {
                Assert.True(query.Step());
                Assert.True(barrier.SignalAndWait(TimeSpan.FromSeconds(30)), "the reads did not run together");
                return query.ColumnInteger(0);
            }), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        var results = await Task.WhenAll(reads);
        Assert.All(results, result => Assert.Equal(1L, result));
        Assert.Equal((6L, 2), database.Reads.Counts);

        // One after another, the two kept are reused: nothing more is opened.
        for (var i = 0; i < 20; i++)
            Assert.Equal(i, database.Reads.Read("SELECT ?1", i, static (query, i) => query.Integer(1, i).Step() ? query.ColumnInteger(0) : -1));
        Assert.Equal((6L, 2), database.Reads.Counts);
    }

    [Fact]
    public async Task A_failed_statement_names_the_file_and_its_connection_is_not_kept()
    {
        var data = Directory.CreateTempSubdirectory("stance-readers-error-").FullName;
        using var database = new SqliteDatabase(new StanceStorageOptions(data) { ReaderConnections = 2 });
        var log = new SqliteStatementLog(database);
        Assert.Equal(0, await log.CountArticlesAsync("russia"));
        Assert.Equal((1L, 1), database.Reads.Counts);

        var error = Assert.Throws<SqliteException>(() => database.Reads.Read("SELECT * FROM no_such_table", 0, static (query, _) => query.Step()));
        Assert.Contains("no such table: no_such_table", error.Message, StringComparison.Ordinal);
        Assert.Contains(database.Path, error.Message, StringComparison.Ordinal);
        // The connection the error happened on was closed, not given back.
        Assert.Equal((1L, 0), database.Reads.Counts);
        var failedStep = Assert.Throws<SqliteException>(() => database.Reads.Read("SELECT abs(?1)", 0, static (query, _) =>
            query.Integer(1, long.MinValue).Step()));
        Assert.Contains("integer overflow", failedStep.Message, StringComparison.Ordinal);
        Assert.Contains(database.Path, failedStep.Message, StringComparison.Ordinal);
        Assert.Equal((2L, 0), database.Reads.Counts);

        // The reads after it work, on a connection of their own.
        Assert.Equal(0, await log.CountArticlesAsync("russia"));
        Assert.Equal((3L, 1), database.Reads.Counts);
        // An error of the caller's own (not SQLite's) leaves the connection sound: it is given back.
        Assert.Throws<FormatException>(() => database.Reads.Read("SELECT 'x'", 0, static (query, _) =>
            query.Step() ? long.Parse(query.ColumnText(0), CultureInfo.InvariantCulture) : 0));
        Assert.Equal((3L, 1), database.Reads.Counts);
    }

    [Fact]
    public async Task A_checkpoint_completes_after_many_reads_and_waits_for_one_in_progress()
    {
        var data = Directory.CreateTempSubdirectory("stance-readers-checkpoint-").FullName;
        using var database = new SqliteDatabase(new StanceStorageOptions(data));
        var log = new SqliteStatementLog(database);
        var speaker = new SpeakerLog(log, new RelayMatcher(new RelaySettings()), "russia");
        var head = 0L;
        for (var i = 0; i < 20; i++)
        {
            head = (await speaker.AppendAsync(head, [By("russia", $"s{i}", "2020-06-01", "haftar", StanceKind.Oppose, -0.5, content: $"remark {i}")]))[^1].Sequence;
            await log.ReadAfterAsync("russia", 0);
            await log.ReadRelayCandidatesAsync("russia", new DateTime(2020, 6, 1), new DateTime(2020, 6, 1));
            await log.CountArticlesAsync("russia");
        }
        // Reads left early: one stopped after its first row, one by an exception in the middle of its rows.
        Assert.True(database.Reads.Read("SELECT seq FROM statements", 0, static (query, _) => query.Step()));
        Assert.Throws<InvalidOperationException>(() => database.Reads.Read<int, bool>("SELECT seq FROM statements", 0, static (query, _) =>
        {
            query.Step();
            throw new InvalidOperationException("stopped");
        }));

        // TRUNCATE waits for every reader to leave the WAL, then empties it: it can only finish if no read is left open.
        Assert.Equal((0L, 0L), Checkpoint(data));

        // The check can fail: while a read is in the middle of its rows, the same checkpoint is blocked.
        await log.ReadAfterAsync("russia", 0);
        await speaker.AppendAsync(head, [By("russia", "s-last", "2020-06-01", "haftar", StanceKind.Oppose, -0.5, content: "the last remark")]);
        var blocked = database.Reads.Read("SELECT seq FROM statements", data, static (query, directory) =>
        {
            Assert.True(query.Step());
            return Checkpoint(directory).Busy;
        });
        Assert.Equal(1L, blocked);
        Assert.Equal((0L, 0L), Checkpoint(data));
    }

    [Fact]
    public async Task Closing_the_database_closes_its_readers()
    {
        var data = Directory.CreateTempSubdirectory("stance-readers-dispose-").FullName;
        var database = new SqliteDatabase(new StanceStorageOptions(data));
        var log = new SqliteStatementLog(database);
        await new SpeakerLog(log, new RelayMatcher(new RelaySettings()), "russia")
            .AppendAsync(0, [By("russia", "s1", "2020-06-01", "haftar", StanceKind.Oppose, -0.5)]);
        Assert.Single(await log.ReadAfterAsync("russia", 0));
        Assert.Equal(1, database.Reads.Counts.Idle);
        // The connections ADO.NET pools (schema set-up, the writer) are let go too, so that only the readers could hold the file.
        database.Dispose();
        SqliteConnection.ClearAllPools();

        Assert.Equal(0, database.Reads.Counts.Idle);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => log.ReadAfterAsync("russia", 0));
        // Leaving WAL mode needs the only connection to the file: it works once the readers are closed.
        using var connection = new SqliteConnection($"Data Source={database.Path};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=DELETE";
        Assert.Equal("delete", command.ExecuteScalar());
    }

    // PRAGMA wal_checkpoint(TRUNCATE) on a connection of its own, without waiting for a lock: (busy, WAL frames left).
    private static (long Busy, long Frames) Checkpoint(string data)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "stance.db")};Pooling=false;Default Timeout=1");
        connection.Open();
        using (var noWait = connection.CreateCommand())
        {
            noWait.CommandText = "PRAGMA busy_timeout=0";
            noWait.ExecuteNonQuery();
        }
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static void Update(string data, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "stance.db")};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Json(StatementRecord statement) => JsonSerializer.Serialize(statement, StorageJson.Options);

    // The reads as they were before the pool: an ADO.NET connection and command per read, parameters by name.
    private static SqliteConnection OldConnection(string data)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(data, "stance.db")};Pooling=false");
        connection.Open();
        return connection;
    }

    private static List<LoggedStatement> OldReadAfter(string data, string actorId, long afterSequence)
    {
        using var connection = OldConnection(data);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT s.seq, s.payload, r.original_seq, o.published FROM statements s
            LEFT JOIN statement_relays r ON r.seq = s.seq
            LEFT JOIN statements o ON o.seq = r.original_seq
            WHERE s.actor_id = $a AND s.seq > $after ORDER BY s.seq
            """;
        command.Parameters.AddWithValue("$a", actorId);
        command.Parameters.AddWithValue("$after", afterSequence);
        var result = new List<LoggedStatement>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var record = JsonSerializer.Deserialize<StatementRecord>(reader.GetString(1), StorageJson.Options)!;
            result.Add(reader.IsDBNull(2)
                ? new LoggedStatement(reader.GetInt64(0), record)
                : new LoggedStatement(reader.GetInt64(0), record, reader.GetInt64(2), Parse(reader.GetString(3))));
        }
        return result;
    }

    private static List<RelayCandidate> OldRelayCandidates(string data, string actorId, DateTime firstDay, DateTime lastDay)
    {
        using var connection = OldConnection(data);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT s.seq, s.article_id, s.published, s.tokens, CASE WHEN s.tokens IS NULL THEN s.content END FROM statements s
            WHERE s.actor_id = $a AND s.published >= $from AND s.published < $to
              AND NOT EXISTS (SELECT 1 FROM statement_relays r WHERE r.seq = s.seq)
            """;
        command.Parameters.AddWithValue("$a", actorId);
        command.Parameters.AddWithValue("$from", firstDay.ToString("yyyy-MM-dd'T'00:00:00'Z'", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$to", lastDay.AddDays(1).ToString("yyyy-MM-dd'T'00:00:00'Z'", CultureInfo.InvariantCulture));
        var result = new List<RelayCandidate>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            result.Add(new RelayCandidate(reader.GetInt64(0), reader.GetString(1), Parse(reader.GetString(2)),
                reader.IsDBNull(3) ? ContentTokens.Of(reader.GetString(4)) : ContentTokens.Parse(reader.GetString(3))));
        return result;
    }

    private static List<LoggedStance> OldTargetAfter(string data, string targetId, long afterSequence)
    {
        using var connection = OldConnection(data);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT t.seq, t.actor_id, s.published, t.stance, t.score, t.confidence
            FROM statement_targets t JOIN statements s ON s.seq = t.seq
            WHERE t.target_id = $t AND t.seq > $after AND NOT EXISTS (SELECT 1 FROM statement_relays r WHERE r.seq = s.seq) ORDER BY t.seq
            """;
        command.Parameters.AddWithValue("$t", targetId);
        command.Parameters.AddWithValue("$after", afterSequence);
        var result = new List<LoggedStance>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            result.Add(new LoggedStance(reader.GetInt64(0), reader.GetString(1), Parse(reader.GetString(2)),
                Enum.Parse<StanceKind>(reader.GetString(3), ignoreCase: true), reader.GetDouble(4), reader.GetDouble(5)));
        return result;
    }

    private static int OldCountArticles(string data, string actorId)
    {
        using var connection = OldConnection(data);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(DISTINCT article_id) FROM statements WHERE actor_id = $a";
        command.Parameters.AddWithValue("$a", actorId);
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private sealed class JsonFormat : IStateFormat
    {
        public string Write<T>(T state) => JsonSerializer.Serialize(state);

        public T Read<T>(string payload) => JsonSerializer.Deserialize<T>(payload)!;
    }
}
