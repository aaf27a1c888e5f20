using StanceTracker.Cluster.Tests.Checks;
using StanceTracker.Cluster.Tests.Processes;
using StanceTracker.Cluster.Tests.Servers;
using Xunit.Abstractions;

namespace StanceTracker.Cluster.Tests;

/// <summary>Two consoles ingesting the same files into the cluster at the same time.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ConcurrentConsoleTests(ClusterServers servers, ITestOutputHelper output)
{
    [Fact]
    public async Task Two_consoles_ingesting_the_same_files_at_once_store_each_article_once()
    {
        await using var cluster = await SiloCluster.StartAsync(servers, silos: 2);
        await using var first = IngestRun.Start(cluster, Corpus.ArabicLibya);
        await using var second = IngestRun.Start(cluster, Corpus.ArabicLibya);
        var exits = await Task.WhenAll(first.WaitAsync(TimeSpan.FromMinutes(6)), second.WaitAsync(TimeSpan.FromMinutes(6)));
        Assert.True(exits[0] == 0, first.Output);
        Assert.True(exits[1] == 0, second.Output);

        var lines = first.Lines.Concat(second.Lines).Select(l => l.Line).ToList();
        Assert.Equal(2 * 171, lines.Count);
        // Per article: exactly one console stored it; the other was told it was already known (or both were told why it was rejected).
        foreach (var article in lines.GroupBy(l => l.Article))
        {
            var statuses = article.Select(l => l.Status).Order().ToList();
            Assert.True(statuses.SequenceEqual(["AlreadyKnown", "Stored"]) || statuses.All(s => s == "Rejected"),
                $"{article.Key}: {string.Join(", ", statuses)}");
        }
        var ledger = await Ledger.CheckAsync(cluster.Database, lines);
        output.WriteLine($"two consoles at once: {ledger}; stored by the first {first.Lines.Count(l => l.Line.Status == "Stored")}, " +
                         $"by the second {second.Lines.Count(l => l.Line.Status == "Stored")}");
        ledger.AssertExactlyOnce();
        await GatewayAgreement.AssertAllGatewaysAgreeWithTheLogAsync(cluster);
    }
}
