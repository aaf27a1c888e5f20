namespace StanceTracker.Grains.Relays;

/// <summary>The candidate a new statement relays, and how similar their contents are.</summary>
public readonly record struct RelayMatch(long OriginalSequence, DateTimeOffset OriginalPublished, double Similarity);
