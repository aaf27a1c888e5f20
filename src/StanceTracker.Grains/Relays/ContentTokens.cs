using StanceTracker.Extraction.Text;

namespace StanceTracker.Grains.Relays;

/// <summary>
/// A statement's content as a set of normalised words (the extraction normalizer's folding: case, diacritics, alef and
/// yeh forms), so that copies differing in spelling, punctuation or word order compare equal.
/// </summary>
public sealed class ContentTokens
{
    private readonly HashSet<string> _words;

    private ContentTokens(HashSet<string> words) => _words = words;

    public int Count => _words.Count;

    public static ContentTokens Of(string content)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in Tokenizer.Tokenize(content))
            if (token.IsWord)
                words.Add(token.Normalized.ToLowerInvariant());
        return new ContentTokens(words);
    }

    /// <summary>Shared words over all words of both: 1 for the same set, 0 for nothing in common.</summary>
    public double Jaccard(ContentTokens other)
    {
        if (_words.Count == 0 && other._words.Count == 0) return 1;
        var (small, large) = _words.Count <= other._words.Count ? (_words, other._words) : (other._words, _words);
        var shared = 0;
        foreach (var word in small)
            if (large.Contains(word)) shared++;
        return (double)shared / (_words.Count + other._words.Count - shared);
    }
}
