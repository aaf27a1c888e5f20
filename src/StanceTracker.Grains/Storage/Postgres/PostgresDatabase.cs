using System.Net.Sockets;
using Npgsql;
using StanceTracker.Abstractions.Failures;

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
        if (!SetsMaxPoolSize(connectionString))
            parsed.MaxPoolSize = DefaultMaxPoolSize;
        MaxPoolSize = parsed.MaxPoolSize;
        _dataSource = NpgsqlDataSource.Create(parsed);
        try
        {
            PostgresSchema.MigrateAsync(_dataSource).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException)
        {
            _dataSource.Dispose();
            throw new InvalidOperationException($"PostgreSQL at {Description} could not be reached or migrated: {ex.GetBaseException().Message}", ex);
        }
    }

    /// <summary>
    /// Connections a silo keeps at most unless its connection string says otherwise. The driver's own default (100) is
    /// PostgreSQL's whole default max_connections: with many articles in flight, three silos of a cluster held every
    /// connection the server allowed between them, and the server refused other clients ("too many clients
    /// already"). Bounded, work beyond the bound waits for a connection of the silo's own pool instead.
    /// </summary>
    public const int DefaultMaxPoolSize = 32;

    private static bool SetsMaxPoolSize(string connectionString)
    {
        var keys = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys;
        foreach (string key in keys)
            if (key.Replace(" ", "", StringComparison.Ordinal) is var k
                && (k.Equals("MaximumPoolSize", StringComparison.OrdinalIgnoreCase) || k.Equals("MaxPoolSize", StringComparison.OrdinalIgnoreCase)))
                return true;
        return false;
    }

    /// <summary>The connections this silo keeps open to the server at most.</summary>
    public int MaxPoolSize { get; }

    /// <summary>host:port/database, never the password: safe to print.</summary>
    public string Description { get; }

    /// <summary>
    /// Runs one unit of work on a pooled connection. Connection-level failures (the server restarting, the network
    /// gone) become <see cref="StorageUnavailableException"/>, which crosses the wire to the caller with its reason;
    /// the driver's own exceptions cannot.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<NpgsqlConnection, Task<T>> work)
    {
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync();
            return await work(connection);
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException or IOException or TimeoutException)
        {
            throw new StorageUnavailableException($"PostgreSQL at {Description} failed: {ex.GetBaseException().Message}");
        }
    }

    public Task RunAsync(Func<NpgsqlConnection, Task> work) =>
        RunAsync<bool>(async connection =>
        {
            await work(connection);
            return true;
        });

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();
}
