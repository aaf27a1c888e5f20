using System.Buffers;
using System.Text;
using StanceTracker.Extraction.Text;

namespace StanceTracker.Grains.Relays;

/// <summary>
/// A statement's content as a set of normalised words (the extraction normalizer's folding: case, diacritics, alef and
/// yeh forms), so that copies differing in spelling, punctuation or word order compare equal. The words are kept in
/// one fixed order, longest first (ties ordinal), which serves twice: two sets compare by one merge walk, and the first
/// words of a set (its prefix, <see cref="Prefix"/>) are its rarest-looking ones, which is what a relay window keys
/// statements by. The order is part of the stored format: changing it means storing every statement's words again.
/// </summary>
public sealed class ContentTokens
{
    /// <summary>Separates the words in <see cref="Stored"/>; the tokenizer never puts a space inside a word.</summary>
    private const char Separator = ' ';

    private readonly string[] _words;

    private ContentTokens(string[] words) => _words = words;

    public int Count => _words.Length;

    /// <summary>
    /// The content's words: folded as the extraction folds them, split by the tokenizer's rules, lower-cased (invariant),
    /// each once, in the stored order. The text is folded and lower-cased into one pooled buffer and the words are
    /// sorted there as slices, so the only objects made are the array and the words the tokenizer's cache lacks.
    /// </summary>
    public static ContentTokens Of(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
            return new ContentTokens([]);
        var chars = ArrayPool<char>.Shared.Rent(2 * content.Length);
        // Two words are apart by at least one char that is in neither, so a text of n chars has at most (n + 1) / 2.
        var slices = ArrayPool<WordSlice>.Shared.Rent(content.Length / 2 + 1);
        try
        {
            var folded = chars.AsSpan(0, TextNormalizer.Fold(content, chars));
            var lowered = chars.AsSpan(content.Length, folded.Length);
            var lower = Lower;
            for (var i = 0; i < folded.Length; i++)
                lowered[i] = lower[folded[i]];
            var count = 0;
            var walk = Tokenizer.Words(folded);
            while (walk.MoveNext())
                slices[count++] = new WordSlice(walk.Start, walk.Current.Length);
            var sorted = slices.AsSpan(0, count);
            var order = new SliceOrder(chars, content.Length);
            sorted.Sort(order);
            // Equal words are next to each other now: keep the first of each run.
            var distinct = 0;
            for (var i = 0; i < sorted.Length; i++)
                if (distinct == 0 || order.Compare(sorted[distinct - 1], sorted[i]) != 0)
                    sorted[distinct++] = sorted[i];
            var words = new string[distinct];
            for (var i = 0; i < distinct; i++)
                words[i] = Tokenizer.SharedWord(lowered.Slice(sorted[i].Start, sorted[i].Length));
            return new ContentTokens(words);
        }
        finally
        {
            ArrayPool<WordSlice>.Shared.Return(slices);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    // Each char lower-cased as the invariant culture lower-cases a string (one char at a time, the length kept), read
    // from a table instead of a call into the globalization library per text. A surrogate maps to itself: the tokenizer
    // never puts one in a word, and only words are read from the lowered copy.
    private static readonly char[] Lower = BuildLower();

    private static char[] BuildLower()
    {
        var table = new char[char.MaxValue + 1];
        Span<char> one = stackalloc char[1];
        Span<char> lowered = stackalloc char[1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            one[0] = (char)c;
            if (char.IsSurrogate(one[0]))
                lowered[0] = one[0];
            else
                one.ToLowerInvariant(lowered);
            table[c] = lowered[0];
        }
        return table;
    }

    /// <summary>A lower-cased word as its place in <see cref="Of"/>'s buffer.</summary>
    private readonly record struct WordSlice(int Start, int Length);

    /// <summary><see cref="Compare(string, string)"/> over slices of one buffer, from <paramref name="offset"/> on.</summary>
    private readonly struct SliceOrder(char[] chars, int offset) : IComparer<WordSlice>
    {
        public int Compare(WordSlice a, WordSlice b) =>
            a.Length != b.Length
                ? b.Length.CompareTo(a.Length)
                : chars.AsSpan(offset + a.Start, a.Length).SequenceCompareTo(chars.AsSpan(offset + b.Start, b.Length));
    }

    /// <summary>Reads the form written by <see cref="Stored"/>: no tokenizing, no normalising again.</summary>
    public static ContentTokens Parse(string stored) =>
        new(stored.Length == 0 ? [] : stored.Split(Separator));

    /// <summary>
    /// The same set with each word taken from <paramref name="pool"/> (added to it when new): a speaker's statements
    /// share most of their words, so a relay window holding many of them keeps each word once.
    /// </summary>
    public ContentTokens Pooled(Dictionary<string, string> pool)
    {
        var words = new string[_words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            if (!pool.TryGetValue(_words[i], out var shared))
                pool[_words[i]] = shared = _words[i];
            words[i] = shared;
        }
        return new ContentTokens(words);
    }

    /// <summary>The words in index order, space-separated: what the logs keep beside each statement.</summary>
    public string Stored => string.Join(Separator, _words);

    /// <summary><see cref="Stored"/> as UTF-8, encoded word by word without the joined string: what the SQLite log binds.</summary>
    public byte[] StoredUtf8()
    {
        if (_words.Length == 0)
            return [];
        var length = _words.Length - 1;
        foreach (var word in _words)
            length += Encoding.UTF8.GetByteCount(word);
        var bytes = new byte[length];
        var at = 0;
        for (var i = 0; i < _words.Length; i++)
        {
            if (i > 0) bytes[at++] = (byte)Separator;
            at += Encoding.UTF8.GetBytes(_words[i], bytes.AsSpan(at));
        }
        return bytes;
    }

    /// <summary>
    /// The words a set must share with any set at least <paramref name="minSimilarity"/> like it (prefix filtering):
    /// if J(x, y) ≥ t then x and y share at least ⌈t·|y|⌉ words, so y's first |y| − ⌈t·|y|⌉ + 1 words in the common
    /// order hold at least one of them, and likewise for x. Two sets whose prefixes share no word are below t for certain.
    /// </summary>
    public ReadOnlySpan<string> Prefix(double minSimilarity)
    {
        // The small tolerance rounds 0.8 × 5 = 4.000…01 down to 4: a prefix one word too long costs a candidate, one
        // word too short could miss a relay.
        var mustShare = (int)Math.Ceiling(minSimilarity * _words.Length - 1e-9);
        var length = Math.Clamp(_words.Length - mustShare + 1, 0, _words.Length);
        return _words.AsSpan(0, length);
    }

    /// <summary>Shared words over all words of both: 1 for the same set, 0 for nothing in common.</summary>
    public double Jaccard(ContentTokens other)
    {
        if (_words.Length == 0 && other._words.Length == 0) return 1;
        // Both arrays are in the same order, so one merge walk counts the shared words.
        int i = 0, j = 0, shared = 0;
        while (i < _words.Length && j < other._words.Length)
        {
            var order = Compare(_words[i], other._words[j]);
            if (order == 0) { shared++; i++; j++; }
            else if (order < 0) i++;
            else j++;
        }
        return (double)shared / (_words.Length + other._words.Length - shared);
    }

    private static int Compare(string a, string b) =>
        a.Length != b.Length ? b.Length.CompareTo(a.Length) : string.CompareOrdinal(a, b);
}
