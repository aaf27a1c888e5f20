using System.Collections.Concurrent;
using StanceTracker.Abstractions.Grains;
using StanceTracker.Abstractions.Statements;
using StanceTracker.Cluster.Tests.Processes;
using StanceTracker.Cluster.Tests.Servers;

namespace StanceTracker.Cluster.Tests.Checks;

/// <summary>
/// Every live gateway is asked for every speaker's statement count (the actor grain's aggregate, rebuilt from snapshot
/// and log on a new activation) and for the statements themselves; each must equal what the log holds in SQL.
/// </summary>
public static class GatewayAgreement
{
    public static async Task AssertAllGatewaysAgreeWithTheLogAsync(SiloCluster cluster)
    {
        // Count: every logged statement (the grain's summary counts them all). Votes: those that are not relays of
        // another outlet's copy, which is what the statements page lists (relays appear as provenance of their original).
        var perActor = (await cluster.Database.QueryAsync("""
                SELECT s.actor_id, count(*), count(*) FILTER (WHERE r.seq IS NULL)
                FROM statements s LEFT JOIN statement_relays r ON r.seq = s.seq
                GROUP BY s.actor_id ORDER BY count(*) DESC
                """))
            .Select(r => (Id: (string)r[0]!, Count: Convert.ToInt32(r[1]), Votes: Convert.ToInt32(r[2])))
            .ToList();
        Assert.NotEmpty(perActor);
        foreach (var gateway in cluster.LiveGateways)
        {
            await using var client = await GatewayClient.ConnectAsync(cluster.ClusterId, gateway);
            // Thirty at a time, as a busy user interface would ask: thousands at once only measure queueing on two cores.
            var summaries = new ConcurrentDictionary<string, int?>();
            await Parallel.ForEachAsync(perActor, new ParallelOptions { MaxDegreeOfParallelism = 30 }, async (actor, _) =>
                summaries[actor.Id] = (await client.Grains.GetGrain<IActorGrain>(actor.Id).GetSummaryAsync())?.Statements);
            var wrong = perActor
                .Where(a => summaries[a.Id] != a.Count)
                .Select(a => $"{a.Id}: log {a.Count}, grain {summaries[a.Id]?.ToString() ?? "none"}")
                .ToList();
            Assert.True(wrong.Count == 0, $"gateway {gateway}: {wrong.Count} of {perActor.Count} actors disagree with the log: {string.Join("; ", wrong.Take(10))}");

            foreach (var (id, _, votes) in perActor.Take(10))
            {
                var page = await client.Grains.GetGrain<IActorGrain>(id).GetStatementsAsync(new StatementQuery(PageSize: 500));
                Assert.Equal(votes, page.Total);
                Assert.Equal(Math.Min(votes, 500), page.Items.Count);
                Assert.Equal(page.Items.Count, page.Items.Select(s => s.Id).Distinct().Count());
            }
        }
    }
}
