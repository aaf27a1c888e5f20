namespace StanceTracker.Abstractions.Stance;

/// <summary>An actor's stance toward one target within one time bucket.</summary>
/// <param name="BucketStart">First day of the bucket (UTC midnight): the day, the Monday of the week, or the first of the month.</param>
/// <param name="NetScore">Confidence-weighted mean score in [-1, 1].</param>
/// <param name="Articles">Distinct articles that carried the statements, relayed copies included.</param>
/// <param name="Outlets">Distinct outlets that carried them, relayed copies included.</param>
/// <param name="Contributors">The actors whose statements are counted here: the actor itself and, in a members
/// roll-up, each member that spoke within its membership.</param>
[GenerateSerializer, Immutable, Alias("stance.StancePoint")]
public sealed record StancePoint(
    string TargetId,
    string TargetName,
    DateTime BucketStart,
    int Support,
    int Oppose,
    int Neutral,
    double NetScore,
    int Articles,
    int Outlets,
    IReadOnlyList<string> Contributors)
{
    public StanceKind Dominant => NetScore switch
    {
        > 0.1 => StanceKind.Support,
        < -0.1 => StanceKind.Oppose,
        _ => StanceKind.Neutral,
    };
}
