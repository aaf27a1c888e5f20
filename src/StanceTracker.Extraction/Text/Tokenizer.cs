namespace StanceTracker.Extraction.Text;

/// <summary>
/// Splits a normalized text into word, quote and punctuation tokens whose offsets point back into the original.
/// Arabic and Latin share the rules: both separate words by spaces and punctuation.
/// </summary>
public static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text) => Tokenize(TextNormalizer.Normalize(text));

    public static IReadOnlyList<Token> Tokenize(NormalizedText normalized) => Tokenize(normalized, null);

    /// <summary>Tokenizes, and adds each token's shared <see cref="WordReadings.Entry"/> (null past the cache's capacity) to <paramref name="entries"/>.</summary>
    internal static List<Token> Tokenize(NormalizedText normalized, List<WordReadings.Entry?>? entries)
    {
        var value = normalized.Value;
        var tokens = new List<Token>(value.Length / 5 + 4);
        var i = 0;
        while (i < value.Length)
        {
            var c = value[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }

            var start = i;
            TokenKind kind;
            if (IsWordChar(c))
            {
                i++;
                // Inner apostrophes and hyphens keep "won't", "Turkey's" and "al-Sarraj" whole.
                while (i < value.Length && (IsWordChar(value[i]) || (value[i] is '\'' or '-' && i + 1 < value.Length && IsWordChar(value[i + 1]) && IsWordChar(value[i - 1]))))
                    i++;
                kind = TokenKind.Word;
            }
            else if (QuotationFinder.IsQuoteMark(c))
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

            var (origStart, origEnd) = normalized.ToOriginal(start, i);
            var word = value.AsSpan(start, i - start);
            var entry = WordReadings.Find(word);
            tokens.Add(new Token(origStart, origEnd, entry?.Word ?? word.ToString(), kind));
            entries?.Add(entry);
        }
        return tokens;
    }

    internal static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>True when the token is written in Arabic script (so Arabic clitic rules apply).</summary>
    public static bool IsArabic(string word) => word.Length > 0 && word[0] is >= '\u0600' and <= '\u06FF';
}
