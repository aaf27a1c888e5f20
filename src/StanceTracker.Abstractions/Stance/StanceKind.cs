namespace StanceTracker.Abstractions.Stance;

[GenerateSerializer, Alias("stance.StanceKind")]
public enum StanceKind
{
    Neutral = 0,
    Support = 1,
    Oppose = 2,
}
