namespace StanceTracker.Grains.Storage;

public static class StorageNames
{
    /// <summary>The Orleans grain-storage provider that holds grain state (aggregates and metadata, never the statements themselves).</summary>
    public const string GrainState = "stance";
}
