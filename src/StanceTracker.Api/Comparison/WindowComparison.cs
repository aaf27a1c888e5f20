using StanceTracker.Abstractions.Stance;

namespace StanceTracker.Api.Comparison;

/// <summary>Two windows compared: the positions whose dominant side differs between them. The JSON of GET /api/compare.</summary>
public sealed record WindowComparison(DateWindow First, DateWindow Second, IReadOnlyList<PositionChange> Changes);

/// <param name="From">First day (ISO 8601 date).</param>
/// <param name="To">Last day, inclusive.</param>
public sealed record DateWindow(string? From, string? To);

/// <summary>
/// One (actor, target) position that changed: <see cref="Change"/> is "changed" (the dominant side differs), "appeared"
/// (no statement in the first window) or "disappeared" (none in the second); each side's counts are null where absent.
/// </summary>
public sealed record PositionChange(
    string ActorId,
    string ActorName,
    string TargetId,
    string TargetName,
    string Change,
    PositionCounts? Before,
    PositionCounts? After)
{
    public const string Changed = "changed";
    public const string Appeared = "appeared";
    public const string Disappeared = "disappeared";
}

/// <param name="Dominant">The side the net score shows (within ±0.1 is neutral), as in the timeline.</param>
public sealed record PositionCounts(int Support, int Oppose, int Neutral, double NetScore, StanceKind Dominant)
{
    public static PositionCounts Of(ActorTargetPosition p) => new(p.Support, p.Oppose, p.Neutral, p.NetScore, p.Dominant);
}
