using StanceTracker.Extraction.Text;

namespace StanceTracker.Extraction.Actors;

/// <summary>
/// Finds actor names in analyzed text: at each word, the longest alias (as normalized, clitic-stripped token
/// sequences) wins, so "رئيس حكومة الوفاق" is Sarraj and not the GNA, and "قوات حفتر" is the LNA and not Haftar.
/// </summary>
public sealed class ActorResolver
{
    private readonly PhraseMatcher<ActorEntry> _aliases;

    public ActorResolver(ActorDictionary actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        Actors = actors;
        _aliases = new PhraseMatcher<ActorEntry>();
        foreach (var actor in actors.All)
            foreach (var alias in actor.Aliases)
            {
                var tokens = AliasTokens(alias);
                if (tokens.Count > 0) _aliases.Add(tokens, actor);
            }
    }

    public ActorDictionary Actors { get; }

    /// <summary>An alias as the matcher stores it: its normalized tokens.</summary>
    public static IReadOnlyList<string> AliasTokens(string alias)
        => Tokenizer.Tokenize(alias).Where(t => t.Kind != TokenKind.Quote).Select(t => t.Normalized).ToArray();

    public IReadOnlyList<ActorMatch> Resolve(AnalyzedText text)
    {
        var matches = new List<ActorMatch>();
        var tokens = text.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            if (tokens[i].IsWord && _aliases.TryMatchLongest(i, tokens.Count, text.NameVariants, static _ => true, out var actor, out var length))
            {
                matches.Add(new ActorMatch(actor, i, i + length, text.SpanOf(i, i + length - 1)));
                i += length;
            }
            else
            {
                i++;
            }
        }
        return matches;
    }
}
