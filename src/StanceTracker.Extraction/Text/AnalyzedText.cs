using System.Buffers;
using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Text;

/// <summary>
/// The output of the text chain for one article: tokens, quotations, sentences and each token's clitic readings.
/// Built per call and never shared, so the extractor stays thread-safe without locks.
/// </summary>
public sealed class AnalyzedText
{
    private readonly bool[] _inQuote;
    // Each token's shared word entry (its readings are computed once per process); null past the cache's capacity,
    // where the per-article arrays below hold the readings instead. Those are made only when first needed: with the
    // cache below capacity (the usual case) every token has an entry and the arrays would be dead weight per article.
    private readonly List<WordReadings.Entry?> _entries;
    private string[]?[]? _nameVariants;
    private string[]?[]? _wordVariants;

    private AnalyzedText(string text, IReadOnlyList<Token> tokens, List<WordReadings.Entry?> entries, IReadOnlyList<Span> quotes, IReadOnlyList<Sentence> sentences, bool[] inQuote)
    {
        _entries = entries;
        Text = text;
        Tokens = tokens;
        Quotes = quotes;
        Sentences = sentences;
        _inQuote = inQuote;
    }

    public string Text { get; }
    public IReadOnlyList<Token> Tokens { get; }
    public IReadOnlyList<Span> Quotes { get; }
    public IReadOnlyList<Sentence> Sentences { get; }

    public static AnalyzedText Analyze(string text)
    {
        // The folded text and its offset map are only needed while tokenizing (tokens carry original offsets and
        // shared word strings), so they live in pooled buffers instead of two arrays per article.
        var folded = ArrayPool<char>.Shared.Rent(text.Length + 1);
        var map = ArrayPool<int>.Shared.Rent(text.Length + 1);
        List<Token> tokens;
        List<WordReadings.Entry?> entries;
        try
        {
            var kept = TextNormalizer.Fold(text, folded, map);
            entries = new List<WordReadings.Entry?>(kept / 5 + 4);
            tokens = Tokenizer.Tokenize(folded.AsSpan(0, kept), map.AsSpan(0, kept + 1), entries);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(map);
            ArrayPool<char>.Shared.Return(folded);
        }
        var quotes = QuotationFinder.Find(text);
        var sentences = SentenceSplitter.Split(text, tokens, quotes);

        var inQuote = new bool[tokens.Count];
        var q = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            while (q < quotes.Count && quotes[q].End <= tokens[i].Start) q++;
            inQuote[i] = q < quotes.Count && tokens[i].Start > quotes[q].Start && tokens[i].End < quotes[q].End;
        }
        return new AnalyzedText(text, tokens, entries, quotes, sentences, inQuote);
    }

    /// <summary>True for tokens strictly inside a quotation (the marks themselves are not).</summary>
    public bool InQuote(int token) => _inQuote[token];

    /// <summary>The quotation that opens at token <paramref name="token"/> (a quote mark), if any.</summary>
    public Span? QuoteOpeningAt(int token)
    {
        if (Tokens[token].Kind != TokenKind.Quote) return null;
        foreach (var quote in Quotes)
            if (quote.Start == Tokens[token].Start) return quote;
        return null;
    }

    public string[] NameVariants(int token)
    {
        var isWord = Tokens[token].IsWord;
        if (_entries[token] is { } entry) return isWord ? entry.Names : entry.Self;
        _nameVariants ??= new string[]?[Tokens.Count];
        return _nameVariants[token] ??= isWord ? [.. CliticStripper.NameVariants(Tokens[token].Normalized)] : [Tokens[token].Normalized];
    }

    public string[] WordVariants(int token)
    {
        var isWord = Tokens[token].IsWord;
        if (_entries[token] is { } entry) return isWord ? entry.Words : entry.Self;
        _wordVariants ??= new string[]?[Tokens.Count];
        return _wordVariants[token] ??= isWord ? [.. CliticStripper.WordVariants(Tokens[token].Normalized)] : [Tokens[token].Normalized];
    }

    /// <summary>The token's shared word entry, or null when the word cache was full when the token was read.</summary>
    internal WordReadings.Entry? EntryOf(int token) => _entries[token];

    /// <summary>The index of the first token starting at or after original offset <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The original text from the start of token <paramref name="first"/> to the end of token <paramref name="last"/> (inclusive).</summary>
    public Span SpanOf(int first, int last) => new(Tokens[first].Start, Tokens[last].End);
}
