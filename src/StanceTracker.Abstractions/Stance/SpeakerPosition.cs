namespace StanceTracker.Abstractions.Stance;

/// <summary>One speaker's accumulated position toward a target within a window.</summary>
/// <param name="NetScore">Confidence-weighted mean score in [-1, 1].</param>
/// <param name="Contributors">The actors whose statements make this position: the speaker itself, or in a members
/// roll-up the group and each member that spoke within its membership.</param>
[GenerateSerializer, Immutable, Alias("stance.SpeakerPosition")]
public sealed record SpeakerPosition(
    string ActorId,
    string ActorName,
    int Support,
    int Oppose,
    int Neutral,
    double NetScore,
    DateTime FirstDay,
    DateTime LastDay,
    IReadOnlyList<string> Contributors);
