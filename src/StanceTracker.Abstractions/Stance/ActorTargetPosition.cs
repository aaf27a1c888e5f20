namespace StanceTracker.Abstractions.Stance;

/// <summary>One actor's statements toward one target within a window, relayed copies counted once.</summary>
[GenerateSerializer, Immutable, Alias("stance.ActorTargetPosition")]
public sealed record ActorTargetPosition(
    string ActorId,
    string TargetId,
    int Support,
    int Oppose,
    int Neutral,
    double NetScore)
{
    public int Statements => Support + Oppose + Neutral;

    /// <summary>The same threshold as a series point's: a net score within ±0.1 is no clear side.</summary>
    public StanceKind Dominant => NetScore switch
    {
        > 0.1 => StanceKind.Support,
        < -0.1 => StanceKind.Oppose,
        _ => StanceKind.Neutral,
    };
}
