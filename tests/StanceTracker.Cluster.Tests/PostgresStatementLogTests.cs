using StanceTracker.Abstractions.Stance;
using StanceTracker.Abstractions.Statements;
using StanceTracker.Cluster.Tests.Servers;
using StanceTracker.Grains.Relays;
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
        var log = new PostgresStatementLog(postgres, new RelayMatcher(new RelaySettings()));
        var published = new DateTimeOffset(2020, 6, 4, 10, 0, 0, TimeSpan.Zero);
        StatementRecord Statement(string article, int index) => new(
            $"{article}#{index}", article, "erdogan", "Recep Tayyip Erdogan", published, "الجزيرة نت", "title", "ar", "indirect",
            "وصف", $"content {index}", 0, 9, $"sentence {index}", 0,
            [new TargetStanceRecord("haftar", "Khalifa Haftar", "person", StanceKind.Oppose, -0.7, 0.9)]);
        var batch = Enumerable.Range(0, 5).Select(i => Statement("a-1", i)).ToList();

        var first = await log.AppendAsync("erdogan", batch);
        Assert.Equal(5, first.Count);
        // A retry after an error that came after COMMIT: nothing new, nothing doubled.
        Assert.Empty(await log.AppendAsync("erdogan", batch));

        // Two duplicate activations (after a silo failure) append the same new statements at the same moment.
        var next = Enumerable.Range(5, 5).Select(i => Statement("a-1", i)).ToList();
        var racing = await Task.WhenAll(log.AppendAsync("erdogan", next), log.AppendAsync("erdogan", next));
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
}
