using Npgsql;

namespace StanceTracker.Grains.Storage.Postgres;

/// <summary>
/// The shared PostgreSQL database of a cluster: one pooled data source per silo, and the schema brought up to date
/// (<see cref="PostgresSchema"/>) before anything else touches it, so a silo never runs against an older schema.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresDatabase(string connectionString)
    {
        NpgsqlConnectionStringBuilder parsed;
        try
        {
            parsed = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"Stance:Postgres is not a valid PostgreSQL connection string: {ex.Message}", ex);
        }
        Description = $"{parsed.Host}:{parsed.Port}/{parsed.Database}";
        _dataSource = NpgsqlDataSource.Create(parsed);
        try
        {
            PostgresSchema.MigrateAsync(_dataSource).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            _dataSource.Dispose();
            throw new InvalidOperationException($"PostgreSQL at {Description} could not be reached or migrated: {ex.GetBaseException().Message}", ex);
        }
    }

    /// <summary>host:port/database, never the password: safe to print.</summary>
    public string Description { get; }

    public ValueTask<NpgsqlConnection> OpenAsync() => _dataSource.OpenConnectionAsync();

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();
}
