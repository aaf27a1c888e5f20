namespace StanceTracker.Abstractions.Stance;

/// <summary>Every actor's position toward every target within a window, and how many statements each actor made in it.</summary>
[GenerateSerializer, Immutable, Alias("stance.WindowPositions")]
public sealed record WindowPositions(
    IReadOnlyList<ActorTargetPosition> Positions,
    IReadOnlyDictionary<string, int> StatementsByActor);
