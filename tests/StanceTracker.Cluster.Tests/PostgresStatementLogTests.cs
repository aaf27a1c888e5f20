using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;
using StanceTracker.Cluster.Tests.Servers;
using StanceTracker.Grains.Relays;
using StanceTracker.Grains.Storage;
using StanceTracker.Grains.Storage.Postgres;

namespace StanceTracker.Cluster.Tests;

/// <summary>The PostgreSQL statement log on its own: appends that are retried or race each other log each statement once.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PostgresStatementLogTests(ClusterServers servers)
{
    [Fact]
    public async Task Retried_and_racing_appends_log_each_statement_once_in_order()
    {
        var database = await StanceDatabase.CreateAsync(servers);
        await using var postgres = new PostgresDatabase(database.ConnectionString);
        var log = new PostgresStatementLog(postgres);
        var matcher = new RelayMatcher(new RelaySettings());
        var speaker = new SpeakerLog(log, matcher, "erdogan");
        var published = new DateTimeOffset(2020, 6, 4, 10, 0, 0, TimeSpan.Zero);
        StatementRecord Statement(string article, int index) => new(
            $"{article}#{index}", article, "erdogan", "Recep Tayyip Erdogan", published, "الجزيرة نت", "title", "ar", "indirect",
            "وصف", $"content {index}", 0, 9, $"sentence {index}", 0,
            [new TargetStanceRecord("haftar", "Khalifa Haftar", "person", StanceKind.Oppose, -0.7, 0.9)]);
        var batch = Enumerable.Range(0, 5).Select(i => Statement("a-1", i)).ToList();

        var first = await speaker.AppendAsync(batch);
        Assert.Equal(5, first.Count);
        // A retry after an error that came after COMMIT: nothing new, nothing doubled.
        Assert.Empty(await speaker.AppendAsync(batch));

        // Two duplicate activations (after a silo failure), each with its own window, append the same new statements at once.
        var next = Enumerable.Range(5, 5).Select(i => Statement("a-1", i)).ToList();
        var racing = await Task.WhenAll(speaker.AppendAsync(next), new SpeakerLog(log, matcher, "erdogan").AppendAsync(next));
        Assert.Equal(5, racing[0].Count + racing[1].Count);

        Assert.Equal(10, await database.CountAsync("SELECT count(*) FROM statements"));
        Assert.Equal(10, await database.CountAsync("SELECT count(*) FROM statement_targets"));
        var replay = await log.ReadAfterAsync("erdogan", 0);
        Assert.Equal(10, replay.Count);
        Assert.Equal(replay.Select(r => r.Sequence).Order(), replay.Select(r => r.Sequence));
        Assert.Equal(batch[0], replay[0].Statement with { Stances = batch[0].Stances });
        Assert.Equal(10, (await log.ReadTargetAfterAsync("haftar", 0)).Count);
        Assert.Equal(5, (await log.ReadTargetAfterAsync("haftar", first[^1].Sequence)).Count);

        var page = await log.QueryAsync("erdogan", new StatementQuery(Target: "haftar", From: published, To: published, PageSize: 4));
        Assert.Equal(10, page.Total);
        Assert.Equal(4, page.Items.Count);
        Assert.Equal(1, await log.CountArticlesAsync("erdogan"));
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

        var first = await new SpeakerLog(log, matcher, "russia").AppendAsync([Said("o1", "wire-a", 10, rejection)]);
        Assert.False(Assert.Single(first).IsRelay);
        // As a database migrated from step 3 holds its earlier statements: no words stored.
        await database.QueryAsync("UPDATE statements SET tokens = NULL RETURNING seq");

        // A new activation's window reads the old statement's day and tokenises its content, so the reworded copy is a relay.
        var speaker = new SpeakerLog(log, matcher, "russia");
        var copy = Assert.Single(await speaker.AppendAsync([Said("o1-b", "wire-b", 11, rejection.Replace("launched", "started", StringComparison.Ordinal))]));
        Assert.Equal(first[0].Sequence, copy.RelayOf);
        // Too far apart in time, and a different remark: votes of their own. Then a copy of the first of those, in the
        // same append, relays it.
        var others = await speaker.AppendAsync([Said("o2", "wire-c", 20, rejection), Said("o3", "wire-d", 11, "Moscow rejects any foreign military deployment in Libya"),
            Said("o2-b", "wire-e", 21, rejection)]);
        Assert.False(others[0].IsRelay);
        Assert.False(others[1].IsRelay);
        Assert.Equal(others[0].Sequence, others[2].RelayOf);
        Assert.Equal(1, await database.CountAsync("SELECT count(*) FROM statement_relays WHERE original_seq = " + others[0].Sequence));
        Assert.Equal(0, await database.CountAsync("SELECT count(*) FROM information_schema.tables WHERE table_name IN ('statement_relay_keys', 'relay_index')"));
    }
}
