namespace StanceTracker.Grains.Relays;

/// <summary>
/// A statement of the speaker that a new one may relay: its log position, article, publication and word set. Read
/// from the log's stored words (<see cref="ContentTokens.Stored"/>), never by tokenising content again.
/// </summary>
public readonly record struct RelayCandidate(long Sequence, string ArticleId, DateTimeOffset Published, ContentTokens Words);
