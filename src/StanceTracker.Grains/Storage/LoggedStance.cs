using StanceTracker.Abstractions.Stance;

namespace StanceTracker.Grains.Storage;

/// <summary>One speaker's stance toward one target in one logged statement: what the per-target index is built from.</summary>
public readonly record struct LoggedStance(long Sequence, string ActorId, DateTimeOffset Published, StanceKind Stance, double Score, double Confidence);
