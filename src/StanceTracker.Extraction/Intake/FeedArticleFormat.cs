using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;
using System.Xml;
using StanceTracker.Extraction.Model;
using StanceTracker.Extraction.Pipeline;

namespace StanceTracker.Extraction.Intake;

/// <summary>
/// RSS 2.0 and Atom 1.0 feeds (.xml, .rss, .atom): each item or entry is an article. Its text is the first of
/// content:encoded, content, description/summary that has any, with HTML rendered to plain text (see <see cref="HtmlText"/>);
/// title, link (url), pubDate/published/updated, guid/id and the feed's own title (source) are its metadata.
/// </summary>
/// <remarks>
/// The XML is read with DTD processing prohibited and no resolver, so a feed cannot pull in other files or expand
/// entity bombs. A malformed feed is one failure for the file with the XML error's line and position; a bad item
/// (no text, an unreadable date) is a failure for that item only, numbered from 1 in document order.
/// </remarks>
public static partial class FeedArticleFormat
{
    public const string NotAFeed = "not an RSS or Atom feed";

    private const string ContentModule = "http://purl.org/rss/1.0/modules/content/";

    /// <param name="bytes">The file's bytes; the XML declaration decides their encoding.</param>
    public static IReadOnlyList<ReadResult> Parse(byte[] bytes, string path, DateTimeOffset? defaultDate = null)
    {
        LegacyEncodings.EnsureRegistered();
        var unreadableDates = new List<string>();
        SyndicationFeed feed;
        SyndicationFeedFormatter formatter = new Rss20FeedFormatter();
        using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        });
        try
        {
            reader.MoveToContent();

            if (!formatter.CanRead(reader))
                formatter = new Atom10FeedFormatter();
            if (!formatter.CanRead(reader))
                return [ReadResult.Failed(path, null, $"{NotAFeed} (the root element is <{reader.Name}>)")];

            formatter.DateTimeParser = LenientDates(formatter.DateTimeParser, unreadableDates);
            formatter.ReadFrom(reader);
            feed = formatter.Feed;
        }
        catch (XmlException ex)
        {
            return [ReadResult.Failed(path, null, Describe(ex))];
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            // The formatter's own checks beyond well-formedness (a malformed link URI and the like).
            return [ReadResult.Failed(path, null, $"invalid feed: {ex.Message}")];
        }

        var atom = formatter is Atom10FeedFormatter;
        var source = Plain(feed.Title, atom);
        var results = new List<ReadResult>();
        var number = 0;
        foreach (var item in feed.Items)
        {
            number++;
            results.Add(FromItem(item, number, atom, source, feed.Language, path, defaultDate, unreadableDates));
        }
        if (results.Count == 0)
            results.Add(ReadResult.Failed(path, null, "the feed holds no items"));
        return results;
    }

    private static ReadResult FromItem(SyndicationItem item, int number, bool atom, string? source, string? feedLanguage, string path,
        DateTimeOffset? defaultDate, List<string> unreadableDates)
    {
        var title = Plain(item.Title, atom);
        var label = title is null ? $"item {number}" : $"item {number} (\"{Shorten(title)}\")";

        var text = ContentEncoded(item) ?? Text(item.Content, atom) ?? Plain(item.Summary, atom);
        if (text is null)
            return ReadResult.Failed(path, null, $"{label}: no article text (no content, description or summary)");

        DateTimeOffset? published = null;
        foreach (var date in new[] { item.PublishDate, item.LastUpdatedTime })
        {
            if (date == default)
                continue;
            if (UnreadableIndex(date) is { } index)
                return ReadResult.Failed(path, null, $"{label}: the date is not one I can read: \"{Shorten(unreadableDates[index])}\"");
            published ??= date;
        }

        var article = new ArticleText(
            Id: string.IsNullOrWhiteSpace(item.Id) ? null : item.Id.Trim(),
            Title: title,
            Source: source,
            Url: Link(item),
            Published: published ?? defaultDate,
            Language: LanguageDetector.Resolve(feedLanguage, text),
            Text: text,
            Path: path);
        return ReadResult.Ok(article);
    }

    /// <summary>
    /// The formatter's own date parser (RFC 822 for RSS, RFC 3339 for Atom), then <see cref="ArticleDateParser"/> for
    /// the many feeds that write dates their own way. A date neither can read must fail its item, not the whole feed,
    /// but the formatter throws on a parser's refusal; so it is accepted as a marker instant that records which string
    /// it was, and the item is failed afterwards.
    /// </summary>
    private static TryParseDateTimeCallback LenientDates(TryParseDateTimeCallback standard, List<string> unreadable)
        => (XmlDateTimeData data, out DateTimeOffset value) =>
        {
            if (standard(data, out value) || ArticleDateParser.TryParse(data.DateTimeString, out value))
                return true;
            unreadable.Add(data.DateTimeString);
            value = DateTimeOffset.MinValue.AddTicks(unreadable.Count);
            return true;
        };

    // Marker instants are the first ticks of year 1, which no real feed item is dated.
    private static int? UnreadableIndex(DateTimeOffset date)
        => date.Year == 1 && date.Ticks is > 0 and < TimeSpan.TicksPerSecond ? (int)date.Ticks - 1 : null;

    private static string? ContentEncoded(SyndicationItem item)
    {
        foreach (var extension in item.ElementExtensions)
        {
            if (extension.OuterName == "encoded" && extension.OuterNamespace == ContentModule)
                return NonEmpty(HtmlText.FromFragment(extension.GetObject<string>()));
        }
        return null;
    }

    private static string? Text(SyndicationContent? content, bool atom) => content switch
    {
        TextSyndicationContent text => Plain(text, atom),
        // Atom <content src="..."> points elsewhere; there is no text in the feed to read.
        _ => null,
    };

    /// <summary>
    /// The text of a title, summary or content. Atom's type="text" is literal and kept as written (its line breaks
    /// included); "html" and "xhtml" are markup. RSS has no such type: the formatter calls everything "text", but its
    /// descriptions are entity-escaped HTML by long custom, so RSS text is always rendered as HTML.
    /// </summary>
    private static string? Plain(TextSyndicationContent? content, bool atom)
    {
        if (content is null || string.IsNullOrWhiteSpace(content.Text))
            return null;
        var text = atom && content.Type == "text" ? content.Text.Trim() : HtmlText.FromFragment(content.Text);
        return NonEmpty(text);
    }

    private static string? Link(SyndicationItem item)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate") ?? item.Links.FirstOrDefault();
        return link?.Uri is { } uri ? NonEmpty(uri.OriginalString.Trim()) : null;
    }

    // XmlException puts "Line 3, position 14." at the end of its message; say where once, first. A few errors
    // (a prohibited DTD) carry no position at all.
    private static string Describe(XmlException ex)
    {
        var message = LineInfo().Replace(ex.Message, "").Trim();
        return ex.LineNumber > 0
            ? string.Create(CultureInfo.InvariantCulture, $"invalid feed XML at line {ex.LineNumber}, position {ex.LinePosition}: {message}")
            : $"invalid feed XML: {message}";
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    [GeneratedRegex(@"\s*Line \d+, position \d+\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LineInfo();
}
