using Npgsql;
using StanceTracker.Cluster.Tests.Servers;
using StanceTracker.Grains.Storage.Postgres;

namespace StanceTracker.Cluster.Tests;

/// <summary>The project's own PostgreSQL migrations: safe when silos start together, refused when the schema is newer.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SchemaMigrationTests(ClusterServers servers)
{
    [Fact]
    public async Task Three_silos_starting_at_once_apply_each_step_once_and_a_newer_schema_is_refused()
    {
        var database = await StanceDatabase.CreateAsync(servers);

        // Three "silos" open the same empty database at the same moment.
        using var start = new ManualResetEventSlim();
        var opening = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            start.Wait();
            return new PostgresDatabase(database.ConnectionString);
        })).ToList();
        start.Set();
        foreach (var opened in await Task.WhenAll(opening))
            await opened.DisposeAsync();

        var versions = await database.QueryAsync("SELECT version FROM schema_version ORDER BY version");
        Assert.Equal(PostgresSchema.Steps.Select(s => s.Version), versions.Select(r => (int)r[0]!));
        await using (var dataSource = NpgsqlDataSource.Create(database.ConnectionString))
            Assert.Equal(0, await PostgresSchema.MigrateAsync(dataSource));
        Assert.Equal(0, await database.CountAsync("SELECT count(*) FROM stance_statements"));

        // A database migrated by a later release: this one must not guess at a schema it does not know.
        await database.QueryAsync("INSERT INTO schema_version (version, description) VALUES (999, 'from the future') RETURNING version");
        var refused = Assert.Throws<InvalidOperationException>(() => new PostgresDatabase(database.ConnectionString));
        Assert.Contains("999", refused.Message);
        Assert.Contains("upgrade the program", refused.Message);

        // A wrong connection string names the setting.
        var bad = Assert.Throws<ArgumentException>(() => new PostgresDatabase("Hots=nowhere"));
        Assert.Contains("Stance:Postgres", bad.Message);
    }
}
