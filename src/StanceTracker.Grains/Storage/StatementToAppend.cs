using StanceTracker.Abstractions.Statements;
using StanceTracker.Grains.Relays;

namespace StanceTracker.Grains.Storage;

/// <summary>
/// A statement going into the log: the record, its word set (stored beside it, for relay windows read later) and the
/// statement it relays, if it is a relay (decided by the speaker's <see cref="RelayWindow"/> before the append).
/// </summary>
public readonly record struct StatementToAppend(StatementRecord Statement, ContentTokens Words, RelayLink? RelayOf = null);
