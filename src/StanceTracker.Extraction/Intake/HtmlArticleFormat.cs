using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SmartReader;
using StanceTracker.Extraction.Model;
using StanceTracker.Extraction.Pipeline;

namespace StanceTracker.Extraction.Intake;

/// <summary>
/// Saved web pages (.html, .htm): the article's main text, found by SmartReader's readability pass, plus the title,
/// date, outlet, URL and language the page's markup states (see <see cref="HtmlPageMetadata"/>).
/// </summary>
/// <remarks>
/// <see cref="ArticleText.Text"/> of a page is the extracted plain text (paragraphs separated by blank lines, see
/// <see cref="HtmlText"/>), not the markup: every extraction offset indexes into that text. The title is not
/// prepended; it is metadata. A page whose extracted text has no prose of its own (a section front, a list of links,
/// an empty body) is a failure rather than an article made of menu entries.
/// </remarks>
public static class HtmlArticleFormat
{
    public const string NoArticleText = "no article text found in the page";

    // Below this many letters outside links there is no article, only navigation: one sentence of news has more.
    private const int MinimumProseLetters = 50;

    /// <param name="html">The page's decoded text.</param>
    /// <param name="path">Where it came from, for provenance and messages.</param>
    public static ReadResult Parse(string html, string path, DateTimeOffset? defaultDate = null)
    {
        if (string.IsNullOrWhiteSpace(html))
            return ReadResult.Failed(path, null, "the page is empty");

        using var document = new HtmlParser().ParseDocument(html);
        var metadata = HtmlPageMetadata.From(document);

        string content;
        try
        {
            using var reader = new Reader(BaseUri(metadata.Url, path), document);
            // Small pages are still articles: the default 500-character threshold is tuned for the open web.
            reader.CharThreshold = MinimumProseLetters;
            content = reader.GetArticle().Content ?? string.Empty;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The readability pass is a third-party heuristic run on arbitrary markup; whatever trips it costs this page only.
            return ReadResult.Failed(path, null, $"the page could not be read: {ex.Message}");
        }

        using var extracted = new HtmlParser().ParseDocument(content);
        if (extracted.Body is not { } body || ProseLetters(body) < MinimumProseLetters)
            return ReadResult.Failed(path, null, NoArticleText);
        var text = HtmlText.FromNode(body);

        var article = new ArticleText(
            Id: null,
            Title: metadata.Title,
            Source: metadata.Source,
            Url: metadata.Url,
            Published: metadata.Published ?? defaultDate,
            Language: LanguageDetector.Resolve(metadata.Language, text),
            Text: text,
            Path: path);
        return ReadResult.Ok(article);
    }

    /// <summary>
    /// A page's text: UTF-8 when the bytes are valid UTF-8 (what editors and most sites write today), else the
    /// charset the page declares in a &lt;meta&gt; (older Arabic sites use windows-1256), else the UTF-8 error.
    /// </summary>
    /// <param name="bytes">The page after any UTF-8 byte order mark.</param>
    /// <param name="fileOffset">The length of that mark, so offsets in messages are the file's.</param>
    internal static string? Decode(ReadOnlySpan<byte> bytes, int fileOffset, out string? problem)
    {
        var text = TextDecoding.Decode(bytes, fileOffset, out problem);
        if (text is not null || fileOffset > 0)
            return text; // a byte order mark is a promise of UTF-8; a declaration cannot overrule it
        if (LegacyEncodings.DeclaredCharset(bytes) is not { } declared)
            return null;
        if (LegacyEncodings.Find(declared) is not { } encoding)
        {
            problem += $" (the page declares charset '{declared}', which is not a known encoding)";
            return null;
        }
        if (encoding.CodePage == System.Text.Encoding.UTF8.CodePage)
            return null;
        problem = null;
        return encoding.GetString(bytes);
    }

    /// <summary>Letters of running text, not counting link text: a page of menus is all links.</summary>
    private static int ProseLetters(IElement body)
    {
        var letters = 0;
        foreach (var node in body.Descendants<IText>())
        {
            if (node.ParentElement?.Closest("a, nav, aside, footer, script, style") is not null)
                continue;
            foreach (var c in node.Data)
            {
                if (char.IsLetter(c))
                    letters++;
            }
        }
        return letters;
    }

    // SmartReader resolves relative links against a base; the page's own URL when known, else its file.
    private static string BaseUri(string? url, string path)
        => url is not null && Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? absolute.ToString() : new Uri(Path.GetFullPath(path)).ToString();
}
