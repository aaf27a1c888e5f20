using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StanceTracker.Extraction.Intake;

/// <summary>
/// Renders HTML as the plain text the pipeline reads: one paragraph per block element, paragraphs separated by a
/// blank line, a &lt;br&gt; as a single line break, runs of white space inside a paragraph as one space.
/// </summary>
/// <remarks>
/// Sentence splitting and quotation pairing work on this text, so block boundaries must become line breaks
/// (two paragraphs glued into one line would make one sentence of two). Navigation, asides, forms, scripts and
/// styles are dropped: they are page furniture, never the article's words.
/// </remarks>
internal static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "aside", "footer", "form", "button", "select", "textarea",
        "iframe", "svg", "canvas", "video", "audio", "object", "embed", "head", "title", "meta", "link",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
        "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "tr", "caption", "address", "hr", "details",
        "summary", "body", "html",
    };

    // A cell ends with a separator, not a paragraph break: a table row reads as one line.
    private static readonly HashSet<string> Cells = new(StringComparer.OrdinalIgnoreCase) { "td", "th" };

    /// <summary>The text of an HTML fragment (a feed item's description, a reader's extracted article).</summary>
    public static string FromFragment(string html)
    {
        if (string.IsNullOrWhiteSpace(html))
            return string.Empty;
        using var document = new HtmlParser().ParseDocument(html);
        return document.Body is { } body ? FromNode(body) : string.Empty;
    }

    /// <summary>The text of <paramref name="node"/> and everything under it.</summary>
    public static string FromNode(INode node)
    {
        var writer = new Writer();
        Walk(node, writer);
        return writer.ToString();
    }

    private static void Walk(INode node, Writer writer)
    {
        switch (node)
        {
            case IText text:
                writer.Inline(text.Data);
                return;
            case IElement element:
                var name = element.LocalName;
                if (Skipped.Contains(name) || element.HasAttribute("hidden"))
                    return;
                if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
                {
                    writer.LineBreak();
                    return;
                }
                var block = Blocks.Contains(name);
                if (block)
                    writer.ParagraphBreak();
                foreach (var child in element.ChildNodes)
                    Walk(child, writer);
                if (block)
                    writer.ParagraphBreak();
                else if (Cells.Contains(name))
                    writer.Inline(" ");
                return;
            default:
                foreach (var child in node.ChildNodes)
                    Walk(child, writer);
                return;
        }
    }

    /// <summary>Collects text, deferring separators until the next visible character so none dangle at the ends.</summary>
    private sealed class Writer
    {
        private readonly StringBuilder _text = new();
        private Pending _pending = Pending.None;

        private enum Pending { None, Space, Line, Paragraph }

        public void Inline(string data)
        {
            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c))
                {
                    if (_pending == Pending.None)
                        _pending = Pending.Space;
                    continue;
                }
                if (_text.Length > 0)
                {
                    _text.Append(_pending switch
                    {
                        Pending.Paragraph => "\n\n",
                        Pending.Line => "\n",
                        Pending.Space => " ",
                        _ => "",
                    });
                }
                _pending = Pending.None;
                _text.Append(c);
            }
        }

        public void LineBreak()
        {
            if (_pending != Pending.Paragraph)
                _pending = Pending.Line;
        }

        public void ParagraphBreak() => _pending = Pending.Paragraph;

        public override string ToString() => _text.ToString();
    }
}
