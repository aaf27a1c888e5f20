namespace StanceTracker.Abstractions.Stance;

/// <summary>An actor's stance toward one target within one time bucket.</summary>
/// <param name="BucketStart">First day of the bucket (UTC midnight): the day, the Monday of the week, or the first of the month.</param>
/// <param name="NetScore">Confidence-weighted mean score in [-1, 1].</param>
[GenerateSerializer, Immutable, Alias("stance.StancePoint")]
public sealed record StancePoint(
    string TargetId,
    string TargetName,
    DateTime BucketStart,
    int Support,
    int Oppose,
    int Neutral,
    double NetScore)
{
    public StanceKind Dominant => NetScore switch
    {
        > 0.1 => StanceKind.Support,
        < -0.1 => StanceKind.Oppose,
        _ => StanceKind.Neutral,
    };
}
