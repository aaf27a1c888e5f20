namespace StanceTracker.Abstractions.Stance;

/// <summary>An actor's accumulated position toward one target over a period.</summary>
/// <param name="NetScore">Confidence-weighted mean score in [-1, 1].</param>
[GenerateSerializer, Immutable, Alias("stance.TargetPosition")]
public sealed record TargetPosition(
    string TargetId,
    string TargetName,
    int Support,
    int Oppose,
    int Neutral,
    double NetScore);
