using StanceTracker.Extraction.Actors;
using StanceTracker.Extraction.Text;

namespace StanceTracker.Extraction.Relations;

/// <summary>
/// One-word names of actors that the resolver does not report as mentions: nationality adjectives ("الموقف الروسي",
/// "Russian support") and the first half of compounds ("Russian-backed", "UAE-backed"). Built once at load from the
/// actor dictionary, so new states bring their adjectives with them.
/// </summary>
public sealed class ActorWords
{
    private readonly Dictionary<string, ActorEntry> _demonyms = new(StringComparer.Ordinal);
    // Whether any reading of a word is a nationality adjective, per distinct word (asked around every actor slot).
    private readonly WordMemo _isDemonym = new();
    private readonly Dictionary<string, ActorEntry> _names = new(StringComparer.Ordinal);

    public ActorWords(ActorDictionary actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        foreach (var actor in actors.All)
        {
            foreach (var demonym in actor.Demonyms)
                if (ActorResolver.AliasTokens(demonym) is [var single]) _demonyms.TryAdd(single, actor);
            foreach (var alias in actor.Aliases)
                if (ActorResolver.AliasTokens(alias) is [var single]) _names.TryAdd(single, actor);
        }
    }

    /// <summary>The state whose nationality adjective token <paramref name="token"/> is (clitics and the article peeled).</summary>
    public ActorEntry? DemonymAt(AnalyzedText text, int token) =>
        _isDemonym.FirstNameReading(text, token, _demonyms);

    /// <summary>The actor a bare normalized word names, as an adjective first and then as a one-word name ("russian", "uae").</summary>
    public ActorEntry? Word(string normalized)
        => _demonyms.TryGetValue(normalized, out var actor) || _names.TryGetValue(normalized, out actor) ? actor : null;
}
