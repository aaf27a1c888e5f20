using StanceTracker.Abstractions.Stance;

namespace StanceTracker.Abstractions.Grains;

/// <summary>One target (an actor or an issue spoken about), keyed by its id: who has taken a position toward it, and when.</summary>
[Alias("stance.ITargetGrain")]
public interface ITargetGrain : IGrainWithStringKey
{
    [Alias("GetStanding")]
    Task<TargetStanding> GetStandingAsync(DateTimeOffset? from, DateTimeOffset? to);
}
