namespace StanceTracker.Grains.Relays;

/// <summary>
/// When a statement counts as a relay of one already logged: the same speaker, near-identical content (token-set
/// Jaccard similarity of the normalised content), within a few days, in another article. The defaults keep wire copies
/// and rewrites that change a word or two together, while two different remarks that share a phrase stay apart.
/// </summary>
public sealed record RelaySettings
{
    /// <summary>Token-set Jaccard similarity (0–1) at or above which two contents are the same statement.</summary>
    public double MinSimilarity { get; init; } = 0.8;

    /// <summary>How many days apart (either way) a relay may be published from the statement it repeats.</summary>
    public int WithinDays { get; init; } = 3;

    /// <summary>Contents with fewer distinct words are too short to tell a relay from a common phrase, and always count.</summary>
    public int MinTokens { get; init; } = 4;

    public void Validate()
    {
        if (MinSimilarity is <= 0 or > 1) throw new ArgumentOutOfRangeException(nameof(MinSimilarity), MinSimilarity, "must be in (0, 1]");
        if (WithinDays < 0) throw new ArgumentOutOfRangeException(nameof(WithinDays), WithinDays, "must not be negative");
        if (MinTokens < 1) throw new ArgumentOutOfRangeException(nameof(MinTokens), MinTokens, "must be at least 1");
    }
}
