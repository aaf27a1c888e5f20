using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;
using StanceTracker.Cluster.Tests.Servers;
using StanceTracker.Grains.Relays;
using StanceTracker.Grains.Storage;
using StanceTracker.Grains.Storage.Postgres;

namespace StanceTracker.Cluster.Tests;

/// <summary>
/// The PostgreSQL statement log on its own: appends that are retried or race each other log each statement once, and an
/// appender behind the actor's log head (a duplicate activation after a silo failure) is refused until it catches up.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class PostgresStatementLogTests(ClusterServers servers)
{
    [Fact]
    public async Task Retried_and_racing_appends_log_each_statement_once_in_order()
    {
        var database = await StanceDatabase.CreateAsync(servers);
        await using var postgres = new PostgresDatabase(database.ConnectionString);
        // A silo's pool is bounded below the server's connection limit unless the connection string sets its own.
        Assert.Equal(PostgresDatabase.DefaultMaxPoolSize, postgres.MaxPoolSize);
        await using (var own = new PostgresDatabase(database.ConnectionString + ";Maximum Pool Size=7"))
            Assert.Equal(7, own.MaxPoolSize);
        var log = new PostgresStatementLog(postgres);
        var matcher = new RelayMatcher(new RelaySettings());
        var speaker = new SpeakerLog(log, matcher, "erdogan");
        var published = new DateTimeOffset(2020, 6, 4, 10, 0, 0, TimeSpan.Zero);
        StatementRecord Statement(string article, int index) => new(
            $"{article}#{index}", article, "erdogan", "Recep Tayyip Erdogan", published, "الجزيرة نت", "title", "ar", "indirect",
            "وصف", $"content {index}", 0, 9, $"sentence {index}", 0,
            [new TargetStanceRecord("haftar", "Khalifa Haftar", "person", StanceKind.Oppose, -0.7, 0.9)]);
        var batch = Enumerable.Range(0, 5).Select(i => Statement("a-1", i)).ToList();

        var first = await speaker.AppendAsync(0, batch);
        Assert.Equal(5, first.Count);
        var head = first[^1].Sequence;
        // A retry after an error that came after COMMIT (the appender caught up first): nothing new, nothing doubled.
        Assert.Empty(await speaker.AppendAsync(head, batch));

        // Two duplicate activations (after a silo failure), each with its own window, append the same new statements at
        // once from the same head: one goes through, the other is refused and writes nothing.
        var next = Enumerable.Range(5, 5).Select(i => Statement("a-1", i)).ToList();
        var other = new SpeakerLog(log, matcher, "erdogan");
        async Task<IReadOnlyList<LoggedStatement>?> TryAppendAsync(SpeakerLog appender)
        {
            try
            {
                return await appender.AppendAsync(head, next);
            }
            catch (LogMovedOnException)
            {
                return null;
            }
        }
        var racing = await Task.WhenAll(TryAppendAsync(speaker), TryAppendAsync(other));
        var won = Assert.Single(racing, r => r is not null)!;
        Assert.Equal(5, won.Count);
        Assert.Single(racing, r => r is null);
        // The loser, caught up, finds every statement logged.
        Assert.Empty(await (racing[0] is null ? speaker : other).AppendAsync(won[^1].Sequence, next));

        Assert.Equal(10, await database.CountAsync("SELECT count(*) FROM statements"));
        Assert.Equal(10, await database.CountAsync("SELECT count(*) FROM statement_targets"));
        var replay = await log.ReadAfterAsync("erdogan", 0);
        Assert.Equal(10, replay.Count);
        Assert.Equal(replay.Select(r => r.Sequence).Order(), replay.Select(r => r.Sequence));
        Assert.Equal(batch[0], replay[0].Statement with { Stances = batch[0].Stances });
        Assert.Equal(10, (await log.ReadTargetAfterAsync("haftar", 0)).Count);
        Assert.Equal(5, (await log.ReadTargetAfterAsync("haftar", first[^1].Sequence)).Count);

        var page = await log.QueryAsync("erdogan", new StatementQuery(Target: "haftar", From: published, To: published, PageSize: 4), knownTotal: null);
        Assert.Equal(10, page.Total);
        Assert.Equal(4, page.Items.Count);
        Assert.Equal(1, await log.CountArticlesAsync("erdogan"));
        Assert.Equal([published.UtcDateTime.Date], await log.ReadStatementDaysAsync("erdogan"));
        Assert.Empty(await log.ReadStatementDaysAsync("nobody"));
        var strongest = await log.StrongestAsync("erdogan", "haftar", StanceKind.Oppose, published.UtcDateTime, published.UtcDateTime, 3);
        Assert.Equal(3, strongest.Count);
    }

    [Fact]
    public async Task Relays_are_found_also_of_statements_logged_before_words_were_stored()
    {
        const string rejection = "Moscow rejects the military offensive that Haftar's forces launched on Tripoli and calls for talks";
        var database = await StanceDatabase.CreateAsync(servers);
        await using var postgres = new PostgresDatabase(database.ConnectionString);
        var log = new PostgresStatementLog(postgres);
        var matcher = new RelayMatcher(new RelaySettings());
        StatementRecord Said(string id, string article, int day, string content) => new(
            id, article, "russia", "Russia", new DateTimeOffset(2020, 6, day, 12, 0, 0, TimeSpan.Zero), "Wire", "title", "en", "indirect",
            "said", content, 0, 9, content, 0, [new TargetStanceRecord("haftar", "Khalifa Haftar", "person", StanceKind.Oppose, -0.7, 0.9)]);

        var first = await new SpeakerLog(log, matcher, "russia").AppendAsync(0, [Said("o1", "wire-a", 10, rejection)]);
        Assert.False(Assert.Single(first).IsRelay);
        // As a database migrated from step 3 holds its earlier statements: no words stored.
        await database.QueryAsync("UPDATE statements SET tokens = NULL RETURNING seq");

        // A new activation's window reads the old statement's day and tokenises its content, so the reworded copy is a relay.
        var speaker = new SpeakerLog(log, matcher, "russia");
        var copy = Assert.Single(await speaker.AppendAsync(first[0].Sequence, [Said("o1-b", "wire-b", 11, rejection.Replace("launched", "started", StringComparison.Ordinal))]));
        Assert.Equal(first[0].Sequence, copy.RelayOf);
        // Too far apart in time, and a different remark: votes of their own. Then a copy of the first of those, in the
        // same append, relays it.
        var others = await speaker.AppendAsync(copy.Sequence, [Said("o2", "wire-c", 20, rejection), Said("o3", "wire-d", 11, "Moscow rejects any foreign military deployment in Libya"),
            Said("o2-b", "wire-e", 21, rejection)]);
        Assert.False(others[0].IsRelay);
        Assert.False(others[1].IsRelay);
        Assert.Equal(others[0].Sequence, others[2].RelayOf);
        Assert.Equal(1, await database.CountAsync("SELECT count(*) FROM statement_relays WHERE original_seq = " + others[0].Sequence));
        Assert.Equal(0, await database.CountAsync("SELECT count(*) FROM information_schema.tables WHERE table_name IN ('statement_relay_keys', 'relay_index')"));
    }

    [Fact]
    public async Task A_stale_appender_is_refused_writes_nothing_and_appends_after_catching_up()
    {
        var database = await StanceDatabase.CreateAsync(servers);
        await using var postgres = new PostgresDatabase(database.ConnectionString);
        var log = new PostgresStatementLog(postgres);
        var matcher = new RelayMatcher(new RelaySettings());
        StatementRecord Said(string id, string speaker, int day, string target) => new(
            id, $"article-{id}", speaker, speaker, new DateTimeOffset(2020, 6, day, 12, 0, 0, TimeSpan.Zero), "Wire", "title", "en", "indirect",
            "said", $"content of {id}", 0, 9, $"sentence of {id}", 0, [new TargetStanceRecord(target, target, "person", StanceKind.Oppose, -0.7, 0.9)]);
        // Two activations of Russia; the second activated before the first appended, so it has applied nothing.
        var first = new SpeakerLog(log, matcher, "russia");
        var second = new SpeakerLog(log, matcher, "russia");
        // Another actor's statements move the global positions, never Russia's head.
        await new SpeakerLog(log, matcher, "turkey").AppendAsync(0, [Said("t1", "turkey", 1, "haftar")]);

        var head = Assert.Single(await first.AppendAsync(0, [Said("s1", "russia", 2, "haftar")])).Sequence;

        var refused = await Assert.ThrowsAsync<LogMovedOnException>(() => second.AppendAsync(0, [Said("s2", "russia", 2, "gna"), Said("s3", "russia", 3, "gna")]));
        Assert.Equal((0L, head), (refused.ExpectedHead, refused.StoredHead));
        // Nothing of the refused append is logged: no statement, no target row, the head where it was.
        Assert.Equal(["s1"], (await log.ReadAfterAsync("russia", 0)).Select(e => e.Statement.Id));
        Assert.Equal(2, await database.CountAsync("SELECT count(*) FROM statement_targets"));
        Assert.Equal(head, await database.CountAsync("SELECT last_seq FROM actor_heads WHERE actor_id = 'russia'"));
        // A repeat of what is logged appends nothing, but is refused all the same: the appender learns it is behind at once.
        await Assert.ThrowsAsync<LogMovedOnException>(() => second.AppendAsync(0, [Said("s1", "russia", 2, "haftar")]));

        // Caught up, the second appends and moves the head; now the first is behind.
        var caughtUp = await log.ReadAfterAsync("russia", 0);
        var appended = await second.AppendAsync(caughtUp[^1].Sequence, [Said("s1", "russia", 2, "haftar"), Said("s2", "russia", 2, "gna")]);
        Assert.Equal(["s2"], appended.Select(e => e.Statement.Id));
        Assert.Equal(appended[^1].Sequence, await database.CountAsync("SELECT last_seq FROM actor_heads WHERE actor_id = 'russia'"));
        var behind = await Assert.ThrowsAsync<LogMovedOnException>(() => first.AppendAsync(head, [Said("s3", "russia", 3, "gna")]));
        Assert.Equal(appended[^1].Sequence, behind.StoredHead);
        Assert.Equal(["s1", "s2"], (await log.ReadAfterAsync("russia", 0)).Select(e => e.Statement.Id));
    }

    [Fact]
    public async Task A_database_from_before_actor_heads_gets_each_actors_head_from_its_log()
    {
        var database = await StanceDatabase.CreateAsync(servers);
        var matcher = new RelayMatcher(new RelaySettings());
        StatementRecord Said(string id, string speaker) => new(
            id, $"article-{id}", speaker, speaker, new DateTimeOffset(2020, 6, 2, 12, 0, 0, TimeSpan.Zero), "Wire", "title", "en", "indirect",
            "said", $"content of {id}", 0, 9, $"sentence of {id}", 0, [new TargetStanceRecord("haftar", "Haftar", "person", StanceKind.Oppose, -0.7, 0.9)]);
        long russiaHead;
        await using (var postgres = new PostgresDatabase(database.ConnectionString))
        {
            var log = new PostgresStatementLog(postgres);
            await new SpeakerLog(log, matcher, "turkey").AppendAsync(0, [Said("t1", "turkey"), Said("t2", "turkey")]);
            russiaHead = (await new SpeakerLog(log, matcher, "russia").AppendAsync(0, [Said("r1", "russia")]))[^1].Sequence;
        }
        // Back to schema version 6, as the release before actor heads left it: the later month tallies undone too.
        await database.QueryAsync("DROP TABLE actor_heads");
        await database.QueryAsync("DROP TABLE month_positions");
        await database.QueryAsync("DROP TABLE month_statements");
        await database.QueryAsync("DELETE FROM schema_version WHERE version >= 7 RETURNING version");

        await using (var postgres = new PostgresDatabase(database.ConnectionString))
        {
            Assert.Equal(russiaHead, await database.CountAsync("SELECT last_seq FROM actor_heads WHERE actor_id = 'russia'"));
            Assert.Equal(await database.CountAsync("SELECT max(seq) FROM statements WHERE actor_id = 'turkey'"),
                await database.CountAsync("SELECT last_seq FROM actor_heads WHERE actor_id = 'turkey'"));
            // An activation that had applied Russia's statement appends from there.
            var log = new PostgresStatementLog(postgres);
            Assert.Single(await new SpeakerLog(log, matcher, "russia").AppendAsync(russiaHead, [Said("r2", "russia")]));
        }
    }
}
