using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Text;

/// <summary>A sentence: its span in the original text and its tokens [FirstToken, EndToken).</summary>
public readonly record struct Sentence(Span Span, int FirstToken, int EndToken)
{
    public int TokenCount => EndToken - FirstToken;
}
