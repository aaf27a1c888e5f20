namespace StanceTracker.Abstractions.Stance;

/// <summary>A statement's position toward one target.</summary>
/// <param name="Score">Signed strength in [-1, 1].</param>
/// <param name="Confidence">In [0, 1].</param>
[GenerateSerializer, Immutable, Alias("stance.TargetStanceRecord")]
public sealed record TargetStanceRecord(
    string TargetId,
    string TargetName,
    string TargetType,
    StanceKind Stance,
    double Score,
    double Confidence);
