using Orleans.Concurrency;
using StanceTracker.Abstractions.Actors;
using StanceTracker.Abstractions.Grains;
using StanceTracker.Grains.Affiliations;
using StanceTracker.Grains.Storage;

namespace StanceTracker.Grains.ActorDirectory;

/// <summary>
/// The list of known actors, held in memory for search and written through to the actor catalog one row per new or
/// changed actor: after the first few articles most registrations change nothing and write nothing, and a new
/// actor costs one row however many are known.
/// Reentrant: every article registers its actors here, and one at a time each would wait for its own commit, making
/// this single grain the ceiling of ingest. Interleaved, concurrent registrations share a group commit. Two of them
/// may both save the same new actor; the row is an upsert, so that costs a row, not a mistake.
/// </summary>
[Reentrant]
public sealed class ActorDirectoryGrain(IActorCatalog catalog, GroupMembership affiliations) : Grain, IActorDirectoryGrain
{
    private readonly Dictionary<string, ActorInfo> _actors = new(StringComparer.Ordinal);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var actor in await catalog.LoadAllAsync())
            _actors[actor.Id] = actor;
    }

    public async Task RegisterAsync(IReadOnlyList<ActorInfo> actors)
    {
        var changed = actors
            .Where(actor => !_actors.TryGetValue(actor.Id, out var known) || !RegisteredActors.SameIdentity(known, actor))
            .ToList();
        if (changed.Count == 0)
            return;
        await catalog.SaveAsync(changed);
        foreach (var actor in changed)
            _actors[actor.Id] = actor;
    }

    public Task<ActorInfo?> FindAsync(string id) =>
        Task.FromResult(_actors.TryGetValue(id, out var actor) ? actor : null);

    public Task<IReadOnlyList<MemberSpan>> GetMembersAsync(string groupId) => Task.FromResult(affiliations.MembersOf(groupId));

    public Task<IReadOnlyList<ActorInfo>> SearchAsync(string? text)
    {
        var needle = SearchText.Fold(text ?? "");
        var found = _actors.Values
            .Where(a => needle.Length == 0
                || SearchText.Fold(a.Id).Contains(needle, StringComparison.Ordinal)
                || SearchText.Fold(a.Name).Contains(needle, StringComparison.Ordinal)
                || a.Aliases.Any(alias => SearchText.Fold(alias).Contains(needle, StringComparison.Ordinal)))
            .OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return Task.FromResult<IReadOnlyList<ActorInfo>>(found);
    }
}
