namespace StanceTracker.Grains.Storage;

/// <summary>What an acknowledged write of the embedded database survives (SQLite's synchronous setting in WAL mode).</summary>
public enum SqliteDurability
{
    /// <summary>
    /// The WAL is synced to disk after each commit and before its writes are acknowledged (what synchronous=FULL does,
    /// done on a thread of its own, see <see cref="WalSync"/>), so an acknowledged statement survives a power loss or
    /// an OS crash. Group commit makes this affordable: one sync for every commit made while the last one ran.
    /// </summary>
    PowerLoss,

    /// <summary>
    /// synchronous=NORMAL: commits reach the OS but are synced only at checkpoints. An acknowledged write survives the
    /// process crashing or being killed; a power loss or kernel crash can lose the last commits (never corrupt the file).
    /// </summary>
    ProcessCrash,
}
