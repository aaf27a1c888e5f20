using StanceTracker.Extraction.Attribution;
using StanceTracker.Extraction.Text;

namespace StanceTracker.Extraction.Relations;

/// <summary>
/// Which tokens the outlet says in its own voice: everything outside quotations and outside the content of a statement.
/// Inside a statement the words belong to its speaker, whose stance the statement already carries; "وهناك دول تدعم
/// حفتر" in Erdogan's quote is his claim, not the outlet's report.
/// </summary>
public sealed class OutletVoice
{
    private readonly bool[] _own;

    public OutletVoice(AnalyzedText text, IReadOnlyList<AttributedStatement> statements)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(statements);
        _own = new bool[text.Tokens.Count];
        for (var i = 0; i < _own.Length; i++)
            _own[i] = !text.InQuote(i) && text.Tokens[i].Kind != TokenKind.Quote;
        foreach (var statement in statements)
            for (var i = Math.Max(0, statement.ContentFirst); i < statement.ContentEnd && i < _own.Length; i++)
                _own[i] = false;
    }

    public bool IsOwn(int token) => _own[token];

    /// <summary>True when every token of [first, end) is the outlet's own.</summary>
    public bool AllOwn(int first, int end)
    {
        for (var i = first; i < end; i++)
            if (!_own[i]) return false;
        return true;
    }
}
