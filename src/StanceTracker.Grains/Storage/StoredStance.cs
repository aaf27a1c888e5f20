using StanceTracker.Abstractions.Stance;

namespace StanceTracker.Grains.Storage;

/// <summary>
/// The name a stance is stored under in the logs' <c>statement_targets.stance</c> column, and looked up by: one
/// definition for both logs, written and queried alike. Reading back parses it case-insensitively.
/// </summary>
public static class StoredStance
{
    public static string Name(StanceKind stance) => stance switch
    {
        StanceKind.Support => "support",
        StanceKind.Oppose => "oppose",
        StanceKind.Neutral => "neutral",
        _ => throw new ArgumentOutOfRangeException(nameof(stance), stance, "no stored name for this stance"),
    };
}
