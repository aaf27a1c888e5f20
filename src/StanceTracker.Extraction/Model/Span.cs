namespace StanceTracker.Extraction.Model;

/// <summary>A piece of the article's text: [Start, End) in UTF-16 code units into <see cref="ArticleText.Text"/>.</summary>
public readonly record struct Span(int Start, int End)
{
    public int Length => End - Start;
    public string Of(string text) => text.Substring(Start, End - Start);
}
