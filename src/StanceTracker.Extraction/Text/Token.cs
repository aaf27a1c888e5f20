namespace StanceTracker.Extraction.Text;

public enum TokenKind
{
    /// <summary>Letters and digits (with inner apostrophes and hyphens: won't, al-Sarraj).</summary>
    Word,
    /// <summary>A quotation mark: " “ ” « » „.</summary>
    Quote,
    /// <summary>Any other punctuation or symbol; a run of dots ("..") is one token.</summary>
    Punctuation,
}

/// <summary>
/// One token: where it sits in the ORIGINAL text ([Start, End), UTF-16) and its normalized form, which is
/// what lexicons are matched against.
/// </summary>
public readonly record struct Token(int Start, int End, string Normalized, TokenKind Kind)
{
    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>Punctuation that ends a clause inside a sentence: comma, Arabic comma and semicolon, colon, dashes.</summary>
    public bool IsClauseBreak => Kind == TokenKind.Punctuation && Normalized is "," or "\u060C" or ";" or "\u061B" or ":" or "-" or "\u2013" or "\u2014" or "(" or ")" or "[" or "]"
        || IsSentenceEnd;

    /// <summary>Punctuation that can end a sentence (. .. ! ? ؟ …).</summary>
    public bool IsSentenceEnd => Kind == TokenKind.Punctuation && Normalized.Length > 0 && Normalized[0] is '.' or '!' or '?' or '\u061F' or '\u2026';
}
