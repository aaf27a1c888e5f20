using System.Diagnostics;
using StanceTracker.Cluster.Tests.Checks;
using StanceTracker.Cluster.Tests.Processes;
using StanceTracker.Cluster.Tests.Servers;
using Xunit.Abstractions;

namespace StanceTracker.Cluster.Tests;

/// <summary>PostgreSQL stopped and started again while two silos ingest: clear errors, retries, nothing lost or doubled.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PostgresRestartTests(ClusterServers servers, ITestOutputHelper output)
{
    [Fact]
    public async Task Postgres_restarted_under_load_loses_and_doubles_nothing()
    {
        await using var cluster = await SiloCluster.StartAsync(servers, silos: 2);
        await using var probe = new QueryProbe(cluster.Http, "/api/actors/haftar");
        await using var ingest = IngestRun.Start(cluster, Corpus.ArabicLibya);

        await ingest.WaitForReportedAsync(30, TimeSpan.FromMinutes(5));
        var stoppedAt = DateTime.UtcNow;
        var outage = Stopwatch.StartNew();
        try
        {
            await servers.StopPostgresAsync();
            await Task.Delay(TimeSpan.FromSeconds(5)); // down long enough that calls fail, not just slow down
        }
        finally
        {
            await servers.StartPostgresAsync();
        }
        outage.Stop();
        var exit = await ingest.WaitAsync(TimeSpan.FromMinutes(8));
        var figures = RecoveryFigures.Measure(stoppedAt, ingest.Lines, probe.Samples);
        output.WriteLine($"PostgreSQL down {outage.Elapsed.TotalSeconds:0.0} s under load: {figures}");

        Assert.True(exit == 0, $"the console reported failures:\n{ingest.Output}");
        Assert.Equal(171, ingest.Lines.Count);
        Assert.True(figures.Retried > 0, $"nothing was retried: the outage hit no call ({figures})");
        // Each retry says which article, which attempt, and why — the database's own error, not a bare "failed".
        var retries = ingest.Output.Split('\n').Where(l => l.StartsWith("retry: ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(retries);
        Assert.All(retries, l => Assert.Matches(@"^retry: .+: attempt \d+ of \d+ failed \(\w+: .+\); next in [\d.]+ s", l.TrimEnd()));
        output.WriteLine($"first retry line: {retries[0]}");

        var ledger = await Ledger.CheckAsync(cluster.Database, ingest.Lines.Select(l => l.Line));
        output.WriteLine($"after the restart: {ledger}");
        ledger.AssertExactlyOnce();
        await GatewayAgreement.AssertAllGatewaysAgreeWithTheLogAsync(cluster);
    }
}
