using StanceTracker.Cluster.Tests.Checks;
using StanceTracker.Cluster.Tests.Processes;
using StanceTracker.Cluster.Tests.Servers;
using Xunit.Abstractions;

namespace StanceTracker.Cluster.Tests;

/// <summary>Three silos over Redis and PostgreSQL: one SIGKILLed in the middle of a large ingest, then the whole cluster restarted.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SiloFailureTests(ClusterServers servers, ITestOutputHelper output)
{
    [Fact]
    public async Task A_silo_killed_mid_ingest_loses_and_doubles_nothing_and_a_whole_cluster_restart_keeps_everything()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using var cluster = await SiloCluster.StartAsync(servers, silos: 3);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: cluster up (silo ports {string.Join(", ", cluster.SiloPorts)})");
        await using var probe = new QueryProbe(cluster.Http, "/api/actors/haftar");
        await using var ingest = IngestRun.Start(cluster, Corpus.ArabicLibya, Corpus.EnglishMideast);

        // About a quarter in: every silo holds article and actor grains by now, and many calls are in flight.
        await ingest.WaitForReportedAsync(90, TimeSpan.FromMinutes(5));
        var killedAt = DateTime.UtcNow;
        await cluster.KillSiloAsync(1);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: silo on port {cluster.SiloPorts[1]} killed after {ingest.Lines.Count} articles");
        var exit = await ingest.WaitAsync(TimeSpan.FromMinutes(8));
        await Task.Delay(TimeSpan.FromSeconds(2)); // a few probes after the end, to see queries back to normal
        var figures = RecoveryFigures.Measure(killedAt, ingest.Lines, probe.Samples);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: ingest ended");
        output.WriteLine($"silo SIGKILL mid-ingest: {figures}");

        Assert.True(exit == 0, $"the console reported failures:\n{ingest.Output}");
        Assert.Equal(371, ingest.Lines.Count);
        Assert.DoesNotContain(ingest.Lines, l => l.Line.Status == "Failed");
        // The kill caught articles in flight, and the console retried them rather than giving up.
        Assert.True(figures.Retried > 0, $"no article needed a retry: the kill hit nothing in flight ({figures})");
        Assert.Contains("retry:", ingest.Output);
        var ledger = await Ledger.CheckAsync(cluster.Database, ingest.Lines.Select(l => l.Line));
        output.WriteLine($"after the kill: {ledger}");
        ledger.AssertExactlyOnce();

        // Queries kept being answered: never a minute of silence, and back under a second once retries had landed.
        Assert.True(figures.LongestWithoutAnswer < TimeSpan.FromSeconds(60), figures.ToString());
        Assert.All(probe.Samples.TakeLast(3), s => Assert.True(s.Answered, figures.ToString()));
        await GatewayAgreement.AssertAllGatewaysAgreeWithTheLogAsync(cluster);

        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: two gateways agree with the log");

        // Whole-cluster restart: everything stops, everything comes back, nothing is missing or doubled.
        await cluster.StopSilosAsync();
        await cluster.StartSilosAsync();
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: cluster restarted");
        await GatewayAgreement.AssertAllGatewaysAgreeWithTheLogAsync(cluster);
        var afterRestart = await Ledger.CheckAsync(cluster.Database, ingest.Lines.Select(l => l.Line));
        Assert.Equal(ledger, afterRestart);

        // And the restarted cluster knows every article: ingesting the same files again stores nothing.
        await using var again = IngestRun.Start(cluster, Corpus.ArabicLibya, Corpus.EnglishMideast);
        Assert.True(await again.WaitAsync(TimeSpan.FromMinutes(5)) == 0, again.Output);
        Assert.Equal(ledger.Reported, again.Lines.Count(l => l.Line.Status == "AlreadyKnown"));
        Assert.Equal(ledger.Statements, await cluster.Database.CountAsync("SELECT count(*) FROM statements"));
        await cluster.WaitForApiAsync("/api/actors/haftar");
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: re-ingest found every article known");
    }
}
