using Npgsql;
using StanceTracker.Cluster.Tests.Servers;
using StanceTracker.Grains.Storage.Postgres;

namespace StanceTracker.Cluster.Tests;

/// <summary>
/// The plan PostgreSQL keeps for the month tally every append runs. The tally is prepared, so after a few runs the
/// server settles on one generic plan, made without knowing how many votes an append brings. Joined to the votes only,
/// that plan scanned all of statement_targets per append (23 ms at 26,000 rows, growing with the log, under the
/// append's locks; docs/BENCHMARKS.md, eleventh round). Not a timing: the shape of the plan the server chooses.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class PostgresTallyPlanTests(ClusterServers servers)
{
    [Fact]
    public async Task The_prepared_tally_reads_the_append_s_rows_by_index_in_a_large_log()
    {
        var database = await StanceDatabase.CreateAsync(servers);
        await using (var postgres = new PostgresDatabase(database.ConnectionString))
            await new PostgresStatementLog(postgres).ReadStatementDaysAsync("nobody"); // the schema

        // A log of 40,000 statements, each with a target, written faster than autovacuum gathers statistics for it (the
        // state in which the bench met the scan); then the same with statistics.
        await database.QueryAsync("""
            INSERT INTO statements (actor_id, statement_id, article_id, published, kind, cue, content, payload)
            SELECT 'speaker-' || (i % 500), 's' || i, 'a' || (i / 10), timestamptz '2020-01-01' + i * interval '1 minute',
                   'indirect', 'said', 'content ' || i, '{}'::jsonb
            FROM generate_series(1, 40000) AS i RETURNING seq
            """);
        await database.QueryAsync("""
            INSERT INTO statement_targets (seq, actor_id, target_id, stance, score, confidence)
            SELECT seq, actor_id, 'target-' || (seq % 300), 'oppose', -0.5, 0.8 FROM statements RETURNING seq
            """);
        Assert.Empty(await PlanScansAsync(database));
        await database.QueryAsync("ANALYZE statements; ANALYZE statement_targets; SELECT 1");
        Assert.Empty(await PlanScansAsync(database));
    }

    // The generic plan's whole-table scans of the two tables an append writes.
    private static async Task<List<string>> PlanScansAsync(StanceDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using (var generic = new NpgsqlCommand("SET plan_cache_mode = force_generic_plan", connection))
            await generic.ExecuteNonQueryAsync();
        await using (var prepare = new NpgsqlCommand($"PREPARE tally(bigint[]) AS {PostgresStatementLog.TallyVotes.Replace("@votes", "$1", StringComparison.Ordinal)}", connection))
            await prepare.ExecuteNonQueryAsync();
        var plan = new List<string>();
        await using (var explain = new NpgsqlCommand("EXPLAIN EXECUTE tally('{100,200,300}')", connection))
        await using (var reader = await explain.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                plan.Add(reader.GetString(0));

        return plan.Where(line => line.Contains("Seq Scan on statement", StringComparison.Ordinal)).ToList();
    }
}
