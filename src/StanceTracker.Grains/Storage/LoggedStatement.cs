using StanceTracker.Abstractions.Statements;

namespace StanceTracker.Grains.Storage;

/// <summary>A statement with its position in the log; the actor grain's snapshot remembers the last position it applied.</summary>
public readonly record struct LoggedStatement(long Sequence, StatementRecord Statement);
