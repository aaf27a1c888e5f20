namespace StanceTracker.Grains.Storage;

/// <summary>
/// Where a silo keeps its data: the embedded SQLite database under a data directory (the default), or, when a
/// PostgreSQL connection string is given, the PostgreSQL database every silo of the cluster shares.
/// </summary>
public sealed record StanceStorageOptions(string DataDirectory, string? Postgres = null)
{
    public const string DefaultDataDirectory = ".stance";

    public string DatabasePath => Path.Combine(DataDirectory, "stance.db");

    /// <summary>What an acknowledged write survives; the default survives power loss.</summary>
    public SqliteDurability Durability { get; init; } = SqliteDurability.PowerLoss;

    /// <summary>
    /// Reader connections of the embedded database kept open with their prepared queries (see <see cref="SqliteReaders"/>):
    /// enough for every scheduler thread to read at once, with room for the threads the pool adds under blocking.
    /// </summary>
    public int ReaderConnections { get; init; } = Math.Max(4, 2 * Environment.ProcessorCount);

    /// <summary>
    /// WAL pages after which the writer copies the WAL back into the database (SQLite's <c>wal_autocheckpoint</c>; 4 KB
    /// pages, so the default is about 64 MB of WAL). The copy ends with two fsyncs on the writer's own thread, while
    /// every ingesting article waits for the writer: at SQLite's default of 1,000 pages, one bench run's writer spent
    /// 3.5 s in 107 checkpoints' fsyncs, and durable ingest rose from 476-551 to 602-634 articles/s at 16,000
    /// (docs/BENCHMARKS.md, eighth round). The price is disk: the WAL file grows to this size between checkpoints.
    /// </summary>
    public int WalCheckpointPages { get; init; } = DefaultWalCheckpointPages;

    public const int DefaultWalCheckpointPages = 16_000;

    public bool UsesPostgres => !string.IsNullOrWhiteSpace(Postgres);
}
