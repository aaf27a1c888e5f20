using StanceTracker.Abstractions.Actors;
using StanceTracker.Abstractions.Grains;
using StanceTracker.Grains.Storage;

namespace StanceTracker.Grains.ActorDirectory;

/// <summary>
/// The list of known actors. State grows with the number of actors, not statements, and is written only when an
/// actor is added or renamed: after the first few articles most registrations change nothing and write nothing.
/// </summary>
public sealed class ActorDirectoryGrain(
    [PersistentState("directory", StorageNames.GrainState)] IPersistentState<DirectoryState> state) : Grain, IActorDirectoryGrain
{
    public async Task RegisterAsync(IReadOnlyList<ActorInfo> actors)
    {
        var changed = false;
        foreach (var actor in actors)
        {
            if (state.State.Actors.TryGetValue(actor.Id, out var entry)
                && entry.Name == actor.Name && entry.Type == actor.Type && entry.Aliases.SequenceEqual(actor.Aliases))
                continue;
            state.State.Actors[actor.Id] = new DirectoryEntry { Name = actor.Name, Type = actor.Type, Aliases = [.. actor.Aliases] };
            changed = true;
        }
        if (changed)
            await state.WriteStateAsync();
    }

    public Task<ActorInfo?> FindAsync(string id) =>
        Task.FromResult(state.State.Actors.TryGetValue(id, out var entry) ? ToInfo(id, entry) : null);

    public Task<IReadOnlyList<ActorInfo>> SearchAsync(string? text)
    {
        var needle = SearchText.Fold(text ?? "");
        var found = state.State.Actors
            .Where(a => needle.Length == 0
                || SearchText.Fold(a.Key).Contains(needle, StringComparison.Ordinal)
                || SearchText.Fold(a.Value.Name).Contains(needle, StringComparison.Ordinal)
                || a.Value.Aliases.Any(alias => SearchText.Fold(alias).Contains(needle, StringComparison.Ordinal)))
            .OrderBy(a => a.Value.Name, StringComparer.OrdinalIgnoreCase)
            .Select(a => ToInfo(a.Key, a.Value))
            .ToList();
        return Task.FromResult<IReadOnlyList<ActorInfo>>(found);
    }

    private static ActorInfo ToInfo(string id, DirectoryEntry entry) => new(id, entry.Name, entry.Type, entry.Aliases);
}
