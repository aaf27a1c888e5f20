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

    public bool UsesPostgres => !string.IsNullOrWhiteSpace(Postgres);
}
