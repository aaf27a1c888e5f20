using StanceTracker.Cluster.Tests.Processes;
using StanceTracker.Cluster.Tests.Servers;

namespace StanceTracker.Cluster.Tests.Checks;

/// <summary>
/// What the database holds, checked against what the consoles reported, by SQL on the statement log and the articles
/// view (not through the API, which could hide a duplicate row behind an aggregate).
/// </summary>
/// <param name="Reported">Articles some console reported stored (new or already known).</param>
/// <param name="Lost">Reported stored, but missing from stance_articles, or with fewer logged statements than recorded.</param>
/// <param name="Duplicated">Articles with more logged statements than recorded, plus statement ids logged more than once.</param>
/// <param name="Unreported">Stored in the database though no console reported them stored.</param>
/// <param name="Mismatched">Reported "stored" with a statement count other than the one the database holds.</param>
public sealed record Ledger(int Reported, int Articles, long Statements, int Lost, int Duplicated, int Unreported, int Mismatched)
{
    public static async Task<Ledger> CheckAsync(StanceDatabase database, IEnumerable<IngestLine> report)
    {
        var lines = report.ToList();
        var reported = lines.Where(l => l.ReportedStored).Select(l => l.Article).ToHashSet(StringComparer.Ordinal);

        var articles = (await database.QueryAsync("SELECT article_id, statements FROM stance_articles"))
            .ToDictionary(r => (string)r[0]!, r => Convert.ToInt64(r[1]), StringComparer.Ordinal);
        var logged = (await database.QueryAsync(
                "SELECT article_id, count(*), count(DISTINCT statement_id) FROM statements GROUP BY article_id"))
            .ToDictionary(r => (string)r[0]!, r => (Rows: Convert.ToInt64(r[1]), Distinct: Convert.ToInt64(r[2])), StringComparer.Ordinal);
        var sameIdTwice = await database.CountAsync("SELECT count(*) - count(DISTINCT statement_id) FROM statements");

        long LoggedRows(string id) => logged.TryGetValue(id, out var l) ? l.Rows : 0;
        var lost = reported.Count(id => !articles.TryGetValue(id, out var expected) || LoggedRows(id) < expected);
        var duplicated = articles.Count(a => LoggedRows(a.Key) > a.Value)
            + logged.Count(l => l.Value.Rows != l.Value.Distinct) + (int)sameIdTwice;
        var unreported = articles.Keys.Count(id => !reported.Contains(id))
            + logged.Keys.Count(id => !articles.ContainsKey(id) && !reported.Contains(id));
        var mismatched = lines.Count(l => l.Status == "Stored" && articles.TryGetValue(l.Article, out var n) && n != l.Statements);
        var statements = await database.CountAsync("SELECT count(*) FROM statements");
        return new Ledger(reported.Count, articles.Count, statements, lost, duplicated, unreported, mismatched);
    }

    public void AssertExactlyOnce()
    {
        Assert.True(Lost == 0 && Duplicated == 0 && Unreported == 0 && Mismatched == 0, $"Not exactly once: {this}");
        Assert.Equal(Reported, Articles);
    }
}
