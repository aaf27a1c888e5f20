using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Text;

/// <summary>
/// Cuts tokens into sentences at . .. ! ? ؟ … and at line breaks, but never inside a paired quotation: a speaker's
/// quote that contains a full stop stays with the cue that introduces it. The Arabic comma and semicolon (، ؛)
/// separate clauses, not sentences; attribution uses them as clause breaks.
/// </summary>
public static class SentenceSplitter
{
    // Latin abbreviations whose dot is not a full stop (lower-cased, without the dot).
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "st", "jr", "sr",
        "rep", "sen", "gov", "pres", "amb", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "no", "vs", "etc", "inc", "corp", "co", "ltd", "approx", "e.g", "i.e",
    };

    public static IReadOnlyList<Sentence> Split(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Span> quotes)
    {
        var sentences = new List<Sentence>();
        var first = 0;
        var quote = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > first && LineBreakBetween(text, tokens[i - 1], tokens[i]))
            {
                Add(sentences, tokens, first, i);
                first = i;
            }

            var token = tokens[i];
            if (!token.IsSentenceEnd) continue;
            while (quote < quotes.Count && quotes[quote].End <= token.Start) quote++;
            var insideQuote = quote < quotes.Count && quotes[quote].Start < token.Start;
            if (insideQuote || IsNotAStop(text, tokens, i)) continue;

            var end = i + 1;
            // A closing bracket right after the stop still belongs to this sentence.
            while (end < tokens.Count && tokens[end].Kind == TokenKind.Punctuation && tokens[end].Normalized is ")" or "]" && !LineBreakBetween(text, tokens[end - 1], tokens[end]))
                end++;
            Add(sentences, tokens, first, end);
            first = end;
            i = end - 1;
        }
        Add(sentences, tokens, first, tokens.Count);
        return sentences;
    }

    /// <summary>Splits a raw text (convenience for tests and tools).</summary>
    public static IReadOnlyList<Sentence> Split(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return Split(text, tokens, QuotationFinder.Find(text));
    }

    private static void Add(List<Sentence> sentences, IReadOnlyList<Token> tokens, int first, int end)
    {
        if (end <= first) return;
        sentences.Add(new Sentence(new Span(tokens[first].Start, tokens[end - 1].End), first, end));
    }

    // A single line break inside running Latin prose (next line starts lower-case, previous did not end a
    // sentence) is a wrapped line; any other line break ends the sentence, as news paragraphs are lines.
    private static bool LineBreakBetween(string text, Token previous, Token next)
    {
        var newlines = 0;
        for (var k = previous.End; k < next.Start; k++)
            if (text[k] == '\n') newlines++;
        if (newlines == 0) return false;
        if (newlines > 1 || previous.IsSentenceEnd) return true;
        var c = text[next.Start];
        return !(char.IsLower(c) && c < '\u0250');
    }

    private static bool IsNotAStop(string text, IReadOnlyList<Token> tokens, int i)
    {
        var dot = tokens[i];
        if (dot.Normalized != ".") return false;
        var hasPrevious = i > 0 && tokens[i - 1].End == dot.Start && tokens[i - 1].IsWord;
        var hasNext = i + 1 < tokens.Count;
        // 3.5 and 1.000: a dot between digits.
        if (hasPrevious && hasNext && tokens[i + 1].Start == dot.End && char.IsDigit(tokens[i - 1].Normalized[^1]) && char.IsDigit(tokens[i + 1].Normalized[0]))
            return true;
        if (hasPrevious)
        {
            var word = tokens[i - 1].Normalized;
            // U.S., U.N., and titles such as Gen. or Dr.
            if ((word.Length == 1 && char.IsAsciiLetter(word[0])) || Abbreviations.Contains(word)) return true;
        }
        // "Sen. Jane Doe (D-Ore.) said": a dot closing a parenthesis that a lower-case word follows.
        if (hasNext && tokens[i + 1].Normalized == ")" && i + 2 < tokens.Count && tokens[i + 2].IsWord && char.IsAsciiLetterLower(text[tokens[i + 2].Start]))
            return true;
        // "e.g. this": a following lower-case Latin word continues the sentence.
        return hasNext && tokens[i + 1].IsWord && char.IsAsciiLetterLower(text[tokens[i + 1].Start]);
    }
}
