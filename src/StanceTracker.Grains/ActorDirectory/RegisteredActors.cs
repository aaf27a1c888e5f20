using System.Collections.Concurrent;
using StanceTracker.Abstractions.Actors;

namespace StanceTracker.Grains.ActorDirectory;

/// <summary>
/// What this silo's article grains have already had the directory store, so an article whose actors are all known
/// as they are sends nothing: after the first articles almost every registration changed nothing, yet cost a grain call,
/// its message and a comparison in the single directory grain per article. An actor is remembered only after the
/// directory acknowledged it (it then holds it durably in the catalog, and reloads it from there on activation), and
/// is sent again whenever its name, type or aliases differ from what was remembered.
/// </summary>
public sealed class RegisteredActors
{
    private readonly ConcurrentDictionary<string, ActorInfo> _stored = new(StringComparer.Ordinal);

    /// <summary>The actors the directory has not acknowledged as they are now.</summary>
    public List<ActorInfo> NotYetStored(IEnumerable<ActorInfo> actors)
    {
        var missing = new List<ActorInfo>();
        foreach (var actor in actors)
            if (!_stored.TryGetValue(actor.Id, out var known) || !SameIdentity(known, actor))
                missing.Add(actor);
        return missing;
    }

    /// <summary>Remembers actors the directory acknowledged.</summary>
    public void Stored(IEnumerable<ActorInfo> actors)
    {
        foreach (var actor in actors)
            _stored[actor.Id] = actor;
    }

    /// <summary>The same comparison the directory makes before writing a row.</summary>
    /// <remarks>An actor from the dictionary comes with the dictionary entry's own alias list every time: the same list
    /// is the same aliases, without walking it.</remarks>
    public static bool SameIdentity(ActorInfo known, ActorInfo actor) =>
        known.Name == actor.Name && known.Type == actor.Type
        && (ReferenceEquals(known.Aliases, actor.Aliases) || known.Aliases.SequenceEqual(actor.Aliases));
}
