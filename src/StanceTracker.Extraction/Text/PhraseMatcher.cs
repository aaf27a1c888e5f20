namespace StanceTracker.Extraction.Text;

/// <summary>
/// A trie of normalized token sequences (names, cue phrases, stance words) built once at load. Matching walks the
/// article's tokens and, at each step, every candidate reading of the token (clitics stripped), so lookups are a
/// few dictionary probes per token whatever the size of the lexicon.
/// </summary>
public sealed class PhraseMatcher<T> where T : class
{
    private readonly Node _root = new();

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
    /// The longest phrase starting at token <paramref name="start"/>. <paramref name="variants"/> gives each token's
    /// readings; <paramref name="stop"/> (exclusive) bounds the walk, and only tokens for which <paramref name="canContinue"/>
    /// holds are walked (punctuation ends a name).
    /// </summary>
    public bool TryMatchLongest(int start, int stop, Func<int, IReadOnlyList<string>> variants, Func<int, bool> canContinue, out T value, out int length)
    {
        value = null!;
        length = 0;
        Walk(_root, start, start, stop, variants, canContinue, ref value, ref length);
        return length > 0;
    }

    private static void Walk(Node node, int start, int position, int stop, Func<int, IReadOnlyList<string>> variants, Func<int, bool> canContinue, ref T best, ref int bestLength)
    {
        if (node.Children is null || position >= stop || !canContinue(position)) return;
        foreach (var reading in variants(position))
        {
            if (!node.Children.TryGetValue(reading, out var next)) continue;
            var length = position - start + 1;
            if (next.Value is not null && length > bestLength)
            {
                best = next.Value;
                bestLength = length;
            }
            Walk(next, start, position + 1, stop, variants, canContinue, ref best, ref bestLength);
        }
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public T? Value;
    }
}
