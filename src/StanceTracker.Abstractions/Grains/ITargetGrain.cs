using StanceTracker.Abstractions.Stance;

namespace StanceTracker.Abstractions.Grains;

/// <summary>One target (an actor or an issue spoken about), keyed by its id: who has taken a position toward it, and when.</summary>
[Alias("stance.ITargetGrain")]
public interface ITargetGrain : IGrainWithStringKey
{
    /// <param name="withMembers">Count each member's statements toward the group it belonged to on that day (the actor
    /// dictionary's dated affiliations: lavrov → russia, sarraj → gna), marking which members contributed.</param>
    /// <param name="top">The strongest speakers listed per side (0 or more); null lists every speaker. The totals per
    /// side count every speaker either way. A caller that sends no value (an older client) gets every speaker.</param>
    [Alias("GetStanding")]
    Task<TargetStanding> GetStandingAsync(DateTimeOffset? from, DateTimeOffset? to, bool withMembers = false, int? top = null);
}
