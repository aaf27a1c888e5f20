using System.Text;

namespace StanceTracker.Extraction.Text;

/// <summary>
/// Folds Arabic and Latin spelling variants so that a name written أردوغان, اردوغان or أرْدُوغان is one key.
/// Characters are only removed or replaced one-for-one, which keeps the offset map a simple index array.
/// </summary>
public static class TextNormalizer
{
    // Every char's folded form, computed once from the rules in FoldRule: a table read per char instead of a chain of
    // range tests, and the hottest loop of the text chain (every character of every article passes through it).
    private static readonly char[] FoldTable = BuildFoldTable();

    /// <summary>Normalizes a whole text and remembers where each kept character came from.</summary>
    public static NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var map = new int[text.Length + 1];
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        try
        {
            var kept = Fold(text, buffer, map);
            if (kept < text.Length) Array.Resize(ref map, kept + 1);
            return new NormalizedText(text, new string(buffer, 0, kept), map);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Folds <paramref name="text"/> into <paramref name="folded"/> (at least text.Length chars) and writes where each kept
    /// char came from into <paramref name="originalIndex"/> (at least text.Length + 1 slots; the slot after the last kept
    /// char holds text.Length). Returns how many chars were kept. For callers that fold into pooled buffers.
    /// </summary>
    internal static int Fold(string text, Span<char> folded, Span<int> originalIndex)
    {
        var table = FoldTable;
        var kept = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = table[text[i]];
            if (c == '\0') continue;
            folded[kept] = c;
            originalIndex[kept++] = i;
        }
        originalIndex[kept] = text.Length;
        return kept;
    }

    /// <summary>
    /// Folds <paramref name="text"/> into <paramref name="folded"/> (at least text.Length chars) as <see cref="Normalize"/>
    /// does, without the offset map; returns how many chars were kept. For callers that only need the words of a text
    /// (<see cref="Tokenizer.Words"/>) and fold into a buffer of their own.
    /// </summary>
    public static int Fold(ReadOnlySpan<char> text, Span<char> folded)
    {
        var table = FoldTable;
        var kept = 0;
        foreach (var original in text)
        {
            var c = table[original];
            if (c == '\0') continue;
            folded[kept++] = c;
        }
        return kept;
    }

    /// <summary>Normalizes a lexicon word or phrase (no offsets needed).</summary>
    public static string NormalizeTerm(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var builder = new StringBuilder(term.Length);
        foreach (var c in term)
        {
            var folded = Fold(c);
            if (folded != '\0') builder.Append(folded);
        }
        return builder.ToString();
    }

    /// <summary>True for characters the normalizer drops: Arabic harakat, tanwin, shadda, sukun, dagger alef, Quranic marks, tatweel, invisible format marks.</summary>
    public static bool IsRemoved(char c) => Fold(c) == '\0';

    /// <summary>The folded form of one character, or '\0' when it is dropped.</summary>
    public static char Fold(char c) => FoldTable[c];

    private static char[] BuildFoldTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
            table[c] = FoldRule((char)c);
        return table;
    }

    private static char FoldRule(char c)
    {
        switch (c)
        {
            // Alef with hamza above/below, madda and wasla are written inconsistently in news text.
            case '\u0623' or '\u0625' or '\u0622' or '\u0671': return '\u0627';
            // Ta marbuta is often typed as ha, alef maqsura as ya (and Persian keyboards give their own ya/kaf).
            case '\u0629': return '\u0647';
            case '\u0649' or '\u06CC' or '\u064A': return '\u064A';
            case '\u06A9': return '\u0643';
            // Tatweel only stretches a word for layout.
            case '\u0640': return '\0';
            // Zero-width and bidi controls appear in copied web text and would split or hide matches.
            case '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF' or '\u00AD': return '\0';
            // Typographic apostrophe: one form, so "Turkey’s" and "Turkey's" tokenize alike.
            case '\u2019': return '\'';
        }
        // Harakat, tanwin, shadda, sukun, hamza/madda marks; dagger alef; Quranic annotation signs.
        if (c is >= '\u064B' and <= '\u065F' || c == '\u0670' || c is >= '\u0610' and <= '\u061A' || c is >= '\u06D6' and <= '\u06ED' && c != '\u06E5' && c != '\u06E6')
            return '\0';
        // Arabic-Indic and extended Arabic-Indic digits read as the same numbers as ASCII ones.
        if (c is >= '\u0660' and <= '\u0669') return (char)('0' + (c - '\u0660'));
        if (c is >= '\u06F0' and <= '\u06F9') return (char)('0' + (c - '\u06F0'));
        if (c < '\u0080') return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        return char.IsUpper(c) ? char.ToLowerInvariant(c) : c;
    }
}
