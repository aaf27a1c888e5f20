namespace StanceTracker.Extraction.Text;

/// <summary>
/// Splits a normalized text into word, quote and punctuation tokens whose offsets point back into the original.
/// Arabic and Latin share the rules: both separate words by spaces and punctuation.
/// </summary>
public static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text) => Tokenize(TextNormalizer.Normalize(text));

    public static IReadOnlyList<Token> Tokenize(NormalizedText normalized) => Tokenize(normalized.Value, normalized.OriginalIndex, null);

    /// <summary>
    /// Tokenizes a normalized text given as chars and its map back to the original (see <see cref="NormalizedText"/>),
    /// and adds each token's shared <see cref="WordReadings.Entry"/> (null past the cache's capacity) to
    /// <paramref name="entries"/>. Spans, so that the text chain can fold into pooled buffers.
    /// </summary>
    internal static List<Token> Tokenize(ReadOnlySpan<char> value, ReadOnlySpan<int> originalIndex, List<WordReadings.Entry?>? entries)
    {
        var classes = Classes;
        var tokens = new List<Token>(value.Length / 5 + 4);
        var i = 0;
        while (Next(value, classes, ref i, out var start, out var kind))
        {
            var word = value.Slice(start, i - start);
            var entry = WordReadings.Find(word);
            tokens.Add(new Token(originalIndex[start], originalIndex[i], entry?.Word ?? word.ToString(), kind));
            entries?.Add(entry);
        }
        return tokens;
    }

    /// <summary>
    /// The words of a normalized text (<see cref="TextNormalizer.Fold(ReadOnlySpan{char}, Span{char})"/>), in order, as
    /// slices of it: the tokens <see cref="Tokenize(NormalizedText)"/> gives as <see cref="TokenKind.Word"/>, by the same
    /// rules, without building a token, a string or an offset for any of them. For callers that only need the words.
    /// </summary>
    public static WordEnumerator Words(ReadOnlySpan<char> normalized) => new(normalized);

    /// <summary>
    /// The one shared copy of a normalized word that tokens carry (added on first sight while the word cache has room;
    /// a new string past it), so that callers keeping many words do not each hold their own copy.
    /// </summary>
    public static string SharedWord(ReadOnlySpan<char> word) => WordReadings.Find(word)?.Word ?? word.ToString();

    /// <summary>Walks <see cref="Words"/>: a ref struct over the text, so a foreach over it allocates nothing.</summary>
    public ref struct WordEnumerator
    {
        private readonly ReadOnlySpan<char> _text;
        private int _position;

        internal WordEnumerator(ReadOnlySpan<char> text) => _text = text;

        public ReadOnlySpan<char> Current { get; private set; }

        /// <summary>Where <see cref="Current"/> starts in the text: for callers that read the same place of a copy.</summary>
        public int Start { get; private set; }

        public readonly WordEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            while (Next(_text, Classes, ref _position, out var start, out var kind))
            {
                if (kind != TokenKind.Word) continue;
                Current = _text[start.._position];
                Start = start;
                return true;
            }
            return false;
        }
    }

    /// <summary>
    /// Finds the next token at or after <paramref name="i"/> and moves <paramref name="i"/> past it; false at the end of
    /// the text. The one place the token rules live, for <see cref="Tokenize(NormalizedText)"/> and <see cref="Words"/> alike.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool Next(ReadOnlySpan<char> value, byte[] classes, ref int i, out int start, out TokenKind kind)
    {
        while (i < value.Length)
        {
            var c = value[i];
            var type = classes[c];
            if (type == Space) { i++; continue; }

            start = i;
            if (type == WordChar)
            {
                i++;
                // Inner apostrophes and hyphens keep "won't", "Turkey's" and "al-Sarraj" whole.
                while (i < value.Length && (classes[value[i]] == WordChar
                    || (value[i] is '\'' or '-' && i + 1 < value.Length && classes[value[i + 1]] == WordChar && classes[value[i - 1]] == WordChar)))
                    i++;
                kind = TokenKind.Word;
            }
            else if (type == QuoteMark)
            {
                i++;
                kind = TokenKind.Quote;
            }
            else if (QuotationFinder.DoubledMarkAt(value, i) is not null)
            {
                i += 2;
                kind = TokenKind.Quote;
            }
            else if (c == '.')
            {
                // ".." and "..." are one pause mark in Arabic news, not several sentence ends.
                while (i < value.Length && value[i] == '.') i++;
                kind = TokenKind.Punctuation;
            }
            else
            {
                i++;
                kind = TokenKind.Punctuation;
            }
            return true;
        }
        start = i;
        kind = default;
        return false;
    }

    // Every char's class, computed once from the predicates below: one table read per char in the loop above, which
    // every character of every article passes through.
    private const byte Other = 0;
    private const byte Space = 1;
    private const byte WordChar = 2;
    private const byte QuoteMark = 3;
    private static readonly byte[] Classes = BuildClasses();

    private static byte[] BuildClasses()
    {
        var classes = new byte[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
            classes[c] = char.IsWhiteSpace((char)c) ? Space : IsWordChar((char)c) ? WordChar : QuotationFinder.IsQuoteMark((char)c) ? QuoteMark : Other;
        return classes;
    }

    internal static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>True when the token is written in Arabic script (so Arabic clitic rules apply).</summary>
    public static bool IsArabic(string word) => word.Length > 0 && word[0] is >= '\u0600' and <= '\u06FF';
}
