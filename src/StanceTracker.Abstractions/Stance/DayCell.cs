namespace StanceTracker.Abstractions.Stance;

/// <summary>
/// One actor's stance toward one target on one UTC day, as the actor grain aggregates it: the raw material of a series,
/// sent across the wire so that a roll-up can add several actors' days and still count distinct articles and outlets.
/// </summary>
/// <param name="ArticleKeys">Stable 32-bit keys of the articles that carried the day's statements (relays included).</param>
/// <param name="OutletKeys">Stable 32-bit keys of their outlets.</param>
[GenerateSerializer, Immutable, Alias("stance.DayCell")]
public sealed record DayCell(
    string ActorId,
    string TargetId,
    string TargetName,
    DateTime Day,
    int Support,
    int Oppose,
    int Neutral,
    double WeightedScore,
    double Weight,
    IReadOnlyList<int> ArticleKeys,
    IReadOnlyList<int> OutletKeys);
