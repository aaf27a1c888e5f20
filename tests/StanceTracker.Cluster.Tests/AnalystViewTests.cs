using System.Text.RegularExpressions;
using StanceTracker.Cluster.Tests.Checks;
using StanceTracker.Cluster.Tests.Processes;
using StanceTracker.Cluster.Tests.Servers;
using StanceTracker.EndToEnd.Tests;

namespace StanceTracker.Cluster.Tests;

/// <summary>The documented SQL views, read the way an analyst with psql would, after the seed went through a one-silo cluster.</summary>
[Collection(ClusterCollection.Name)]
public sealed partial class AnalystViewTests(ClusterServers servers)
{
    [Fact]
    public async Task The_seed_appears_in_stance_statements_with_speaker_target_polarity_date_article_and_evidence()
    {
        await using var cluster = await SiloCluster.StartAsync(servers, silos: 1);
        // --redis on the command line this time (the other tests pass Stance__Redis in the environment).
        await using var ingest = IngestRun.Start(cluster, Corpus.Seed, "--redis", servers.Redis);
        Assert.True(await ingest.WaitAsync(TimeSpan.FromMinutes(3)) == 0, ingest.Output);
        var stored = Assert.Single(ingest.Lines).Line;
        Assert.Equal("Stored", stored.Status);

        var rows = await cluster.Database.QueryAsync("""
            SELECT speaker_name, target_name, polarity, score, published_day, article_id, outlet, cue, content, evidence
            FROM stance_statements
            WHERE speaker_id = 'erdogan' AND target_id = 'haftar' AND polarity = 'oppose'
            """);
        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            Assert.Equal("Recep Tayyip Erdogan", r[0]);
            Assert.Equal("Khalifa Haftar", r[1]);
            Assert.True((double)r[3]! < 0);
            Assert.Equal(new DateOnly(2020, 6, 4), (DateOnly)r[4]!);
            Assert.Equal(stored.Article, r[5]);
            Assert.Equal("الجزيرة نت", r[6]);
            Assert.False(string.IsNullOrWhiteSpace((string?)r[7]));
            Assert.Contains((string)r[8]!, (string)r[9]!);
        });
        // The evidence for "putschist": ووصف الرئيس التركي اللواء المتقاعد خليفة حفتر بالانقلابي
        Assert.Contains(rows, r => ((string)r[9]!).Contains("بالانقلابي"));

        var article = Assert.Single(await cluster.Database.QueryAsync("SELECT article_id, statements, outlet, speakers FROM stance_articles"));
        Assert.Equal(stored.Article, article[0]);
        Assert.Equal((long)stored.Statements, Convert.ToInt64(article[1]));
        Assert.Contains("erdogan", (string[])article[3]!);
        (await Ledger.CheckAsync(cluster.Database, [stored])).AssertExactlyOnce();

        // Every example query in docs/POSTGRES.md runs; the ones about Erdogan and Haftar find the seed's statements.
        var examples = SqlBlock().Matches(await File.ReadAllTextAsync(Path.Combine(Programs.RepositoryRoot, "docs", "POSTGRES.md")))
            .Select(m => m.Groups[1].Value).ToList();
        Assert.True(examples.Count >= 4, $"docs/POSTGRES.md has {examples.Count} sql examples");
        foreach (var sql in examples)
        {
            var result = await cluster.Database.QueryAsync(sql);
            if (sql.Contains("HAVING", StringComparison.Ordinal))
                Assert.Empty(result); // the documented exactly-once check
            else
                Assert.NotEmpty(result);
        }
    }

    [GeneratedRegex(@"```sql\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex SqlBlock();
}
