namespace StanceTracker.Extraction.Text;

/// <summary>
/// A trie of normalized token sequences (names, cue phrases, stance words) built once at load. Matching walks the
/// article's tokens and, at each step, every candidate reading of the token (clitics stripped), so lookups are a
/// few dictionary probes per token whatever the size of the lexicon.
/// </summary>
public sealed class PhraseMatcher<T> where T : class
{
    private readonly Node _root = new();
    // Whether any reading of a word is a first word of some phrase, per distinct word: most tokens start none, and this
    // answers them with an array read. One memo per kind of readings (names and words strip differently).
    private readonly WordMemo _startsByName = new();
    private readonly WordMemo _startsByWord = new();

    public int Count { get; private set; }

    /// <summary>Adds a phrase already split into normalized tokens. Returns the value it replaced, if any.</summary>
    public T? Add(IReadOnlyList<string> normalizedTokens, T value)
    {
        if (normalizedTokens.Count == 0) throw new ArgumentException("A phrase needs at least one token.", nameof(normalizedTokens));
        var node = _root;
        foreach (var token in normalizedTokens)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(token, out var next))
                node.Children[token] = next = new Node();
            node = next;
        }
        var previous = node.Value;
        node.Value = value;
        _startsByName.Clear();
        _startsByWord.Clear();
        if (previous is null) Count++;
        return previous;
    }

    /// <summary>The value stored for exactly this phrase, if any.</summary>
    public T? Get(IReadOnlyList<string> normalizedTokens)
    {
        var node = _root;
        foreach (var token in normalizedTokens)
        {
            if (node.Children is null || !node.Children.TryGetValue(token, out node)) return null;
        }
        return node.Value;
    }

    /// <summary>
    /// The longest phrase starting at token <paramref name="start"/> of <paramref name="text"/>, walking no further than
    /// <paramref name="stop"/> (exclusive) and matching each token by the <paramref name="readings"/> asked for.
    /// </summary>
    /// <remarks>
    /// Called at every token by several stages, so it takes the article itself rather than delegates (a delegate per
    /// call and an enumerator per step were a measurable share of extraction's allocations).
    /// </remarks>
    public bool TryMatchLongest(AnalyzedText text, int start, int stop, TokenReadings readings, out T value, out int length)
    {
        value = null!;
        length = 0;
        if (!CanStart(text, start, stop, readings)) return false;
        Walk(_root, text, start, start, stop, readings, ref value, ref length);
        return length > 0;
    }

    // The first step of Walk alone, remembered per word: false when no reading of the token is a phrase's first word.
    private bool CanStart(AnalyzedText text, int start, int stop, TokenReadings readings)
    {
        var children = _root.Children;
        if (children is null || start >= stop) return false;
        if (readings != TokenReadings.NamesThroughPunctuation && !text.Tokens[start].IsWord) return false;
        // A word's readings depend only on the word (a word token and a punctuation token never share a string), so
        // the answer for one occurrence holds for all.
        var memo = readings == TokenReadings.Words ? _startsByWord : _startsByName;
        var entry = text.EntryOf(start);
        if (entry is not null && memo.Get(entry) is { } known) return known;
        var variants = readings == TokenReadings.Words ? text.WordVariants(start) : text.NameVariants(start);
        var starts = false;
        for (var v = 0; v < variants.Length && !starts; v++)
            starts = children.ContainsKey(variants[v]);
        if (entry is not null) memo.Set(entry, starts);
        return starts;
    }

    private static void Walk(Node node, AnalyzedText text, int start, int position, int stop, TokenReadings readings, ref T best, ref int bestLength)
    {
        var children = node.Children;
        if (children is null || position >= stop) return;
        if (readings != TokenReadings.NamesThroughPunctuation && !text.Tokens[position].IsWord) return;
        var variants = readings == TokenReadings.Words ? text.WordVariants(position) : text.NameVariants(position);
        for (var v = 0; v < variants.Length; v++)
        {
            if (!children.TryGetValue(variants[v], out var next)) continue;
            var length = position - start + 1;
            if (next.Value is not null && length > bestLength)
            {
                best = next.Value;
                bestLength = length;
            }
            Walk(next, text, start, position + 1, stop, readings, ref best, ref bestLength);
        }
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public T? Value;
    }
}
