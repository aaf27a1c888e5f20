namespace StanceTracker.Grains.Storage;

/// <summary>Where the embedded default keeps its data: one SQLite database under a data directory.</summary>
public sealed record StanceStorageOptions(string DataDirectory)
{
    public const string DefaultDataDirectory = ".stance";

    public string DatabasePath => Path.Combine(DataDirectory, "stance.db");

    /// <summary>What an acknowledged write survives; the default survives power loss.</summary>
    public SqliteDurability Durability { get; init; } = SqliteDurability.PowerLoss;
}
