using StanceTracker.Abstractions.Actors;

namespace StanceTracker.Grains.Storage;

/// <summary>
/// The durable list of known actors, one row each, so adding an actor writes that actor alone. (Kept as one grain
/// state it would rewrite every actor each time a new one appears, and news brings new people every day.)
/// </summary>
public interface IActorCatalog
{
    Task<IReadOnlyList<ActorInfo>> LoadAllAsync();

    Task SaveAsync(IReadOnlyList<ActorInfo> actors);
}
