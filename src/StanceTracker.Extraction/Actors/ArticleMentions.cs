using StanceTracker.Extraction.Text;

namespace StanceTracker.Extraction.Actors;

/// <summary>
/// What the resolver remembers while reading one article: the mentions so far (in text order), the short names its
/// people may be called by after their full name, and the actors it met that the dictionary lacks (one entry per id,
/// so every mention of a newcomer shares it). Built per call, never shared.
/// </summary>
internal sealed class ArticleMentions(AnalyzedText text, DateOnly? date)
{
    private Dictionary<string, ActorEntry>? _shortNames;
    private Dictionary<string, ActorEntry>? _met;

    public AnalyzedText Text { get; } = text;

    /// <summary>The article's date: roles resolve to whoever held them then.</summary>
    public DateOnly? Date { get; } = date;

    public List<ActorMatch> Matches { get; } = [];

    public void Add(ActorMatch match) => Matches.Add(match);

    /// <summary>The mention whose last token is just before <paramref name="endToken"/>, if any.</summary>
    public ActorMatch? EndingAt(int endToken)
    {
        for (var k = Matches.Count - 1; k >= 0; k--)
        {
            var match = Matches[k];
            if (match.EndToken == endToken) return match;
            if (match.EndToken < endToken) return null;
        }
        return null;
    }

    /// <summary>The nearest mention before <paramref name="beforeToken"/> of one of <paramref name="types"/> (رئيس الحزب → the party just named).</summary>
    public ActorEntry? LastOfType(IReadOnlyList<string> types, int beforeToken)
    {
        for (var k = Matches.Count - 1; k >= 0; k--)
            if (Matches[k].EndToken <= beforeToken && types.Contains(Matches[k].Actor.Type)) return Matches[k].Actor;
        return null;
    }

    /// <summary>From here on, <paramref name="shortName"/> alone names <paramref name="person"/> (the latest person so introduced wins).</summary>
    public void RememberShortName(string shortName, ActorEntry person)
        => (_shortNames ??= new Dictionary<string, ActorEntry>(StringComparer.Ordinal))[shortName] = person;

    public ActorEntry? ShortNameAt(int token)
    {
        if (_shortNames is null || !Text.Tokens[token].IsWord) return null;
        foreach (var reading in Text.NameVariants(token))
            if (_shortNames.TryGetValue(reading, out var person)) return person;
        return null;
    }

    /// <summary>The entry already made for <paramref name="id"/> in this article, or <paramref name="made"/> remembered as it.</summary>
    public ActorEntry Met(ActorEntry made)
    {
        _met ??= new Dictionary<string, ActorEntry>(StringComparer.Ordinal);
        if (_met.TryGetValue(made.Id, out var known)) return known;
        _met[made.Id] = made;
        return made;
    }

    public bool TryGetMet(string id, out ActorEntry entry)
    {
        if (_met is not null && _met.TryGetValue(id, out var found)) { entry = found; return true; }
        entry = null!;
        return false;
    }
}
