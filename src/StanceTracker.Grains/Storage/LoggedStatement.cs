using StanceTracker.Abstractions.Statements;

namespace StanceTracker.Grains.Storage;

/// <summary>A statement with its position in the log; the actor grain's snapshot remembers the last position it applied.</summary>
/// <param name="RelayOf">Log position of the statement this one relays (same speaker, near-identical content, another
/// article): a relay adds provenance to that statement and is never a vote of its own.</param>
/// <param name="OriginalPublished">When the relayed statement was published: the relay's provenance is counted on its day.</param>
public readonly record struct LoggedStatement(long Sequence, StatementRecord Statement, long? RelayOf = null,
    DateTimeOffset? OriginalPublished = null)
{
    public bool IsRelay => RelayOf is not null;
}
