using Npgsql;

namespace StanceTracker.Cluster.Tests.Servers;

/// <summary>A fresh PostgreSQL database for one test's cluster, so tests never see each other's statements.</summary>
public sealed class StanceDatabase
{
    private readonly string _testConnection;

    private StanceDatabase(string connectionString)
    {
        ConnectionString = connectionString;
        _testConnection = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
    }

    /// <summary>What the silos get (pooled, as in production).</summary>
    public string ConnectionString { get; }

    public static async Task<StanceDatabase> CreateAsync(ClusterServers servers)
    {
        var name = $"stance_{Guid.NewGuid():N}"[..20];
        // No pooling on the test side: a pooled connection would be a dead one after a test restarts PostgreSQL.
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(servers.Postgres) { Pooling = false }.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new StanceDatabase(new NpgsqlConnectionStringBuilder(servers.Postgres) { Database = name }.ConnectionString);
    }

    public async Task<List<object?[]>> QueryAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(_testConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        var rows = new List<object?[]>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    public async Task<long> CountAsync(string sql) => Convert.ToInt64((await QueryAsync(sql))[0][0]);
}
