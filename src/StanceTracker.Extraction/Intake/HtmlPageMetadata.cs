using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace StanceTracker.Extraction.Intake;

/// <summary>
/// The article metadata a saved web page carries in its markup: title, publication date, outlet, canonical URL and
/// stated language. Each is taken from the first source that has a usable value, in the order news sites fill them
/// most reliably: Open Graph and article meta tags, then schema.org JSON-LD, then the visible page.
/// </summary>
/// <remarks>Read before the readability pass, which rewrites the document.</remarks>
internal sealed record HtmlPageMetadata(string? Title, DateTimeOffset? Published, string? Source, string? Url, string? Language)
{
    // schema.org types whose JSON-LD node describes the article itself rather than the site or a breadcrumb.
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "BlogPosting", "Report",
    };

    // Elements whose class, id or itemprop suggests a byline or dateline; their short text may hold the date.
    private const string BylineSelector =
        "[class*='byline' i], [class*='dateline' i], [class*='date' i], [class*='time' i], [class*='publish' i], " +
        "[id*='byline' i], [id*='date' i], [itemprop='datePublished'], [class*='meta' i]";

    public static HtmlPageMetadata From(IHtmlDocument document)
    {
        var jsonLd = ArticleNode(document);

        var title = Meta(document, "og:title") ?? JsonString(jsonLd, "headline") ?? PageTitle(document)
            ?? Clean(document.QuerySelector("h1")?.TextContent);
        var source = Meta(document, "og:site_name") ?? Publisher(jsonLd);
        var url = Clean(document.QuerySelector("link[rel~='canonical' i]")?.GetAttribute("href")) ?? Meta(document, "og:url")
            ?? JsonString(jsonLd, "url");
        var language = JsonString(jsonLd, "inLanguage") ?? Clean(document.DocumentElement.GetAttribute("lang"))
            ?? Meta(document, "og:locale");

        return new HtmlPageMetadata(StripSiteSuffix(title, source), PublishedDate(document, jsonLd), source, url, language);
    }

    private static DateTimeOffset? PublishedDate(IHtmlDocument document, JsonElement? jsonLd)
    {
        string?[] stated =
        [
            Meta(document, "article:published_time"),
            JsonString(jsonLd, "datePublished"),
            Clean(document.QuerySelector("[itemprop='datePublished']")?.GetAttribute("content")),
            Clean(document.QuerySelector("[itemprop='datePublished']")?.GetAttribute("datetime")),
        ];
        foreach (var value in stated)
        {
            if (ArticleDateParser.TryParse(value, out var date))
                return date;
        }

        // <time datetime>: inside the article first, since a page's sidebar lists other stories' times.
        var times = document.QuerySelectorAll("article time[datetime]").Concat(document.QuerySelectorAll("time[datetime]"));
        foreach (var time in times)
        {
            if (ArticleDateParser.TryParse(time.GetAttribute("datetime"), out var date))
                return date;
        }

        foreach (var element in document.QuerySelectorAll(BylineSelector))
        {
            if (element.Closest("nav, aside, footer") is null && BylineDate.TryFind(Clean(element.TextContent), out var date))
                return date;
        }
        return null;
    }

    /// <summary>The content of &lt;meta property=…&gt; or &lt;meta name=…&gt; (sites use both for Open Graph).</summary>
    private static string? Meta(IHtmlDocument document, string key)
    {
        foreach (var meta in document.QuerySelectorAll("meta[content]"))
        {
            if (string.Equals(meta.GetAttribute("property"), key, StringComparison.OrdinalIgnoreCase)
                || string.Equals(meta.GetAttribute("name"), key, StringComparison.OrdinalIgnoreCase))
            {
                if (Clean(meta.GetAttribute("content")) is { } content)
                    return content;
            }
        }
        return null;
    }

    private static string? PageTitle(IHtmlDocument document) => Clean(document.QuerySelector("head > title")?.TextContent);

    /// <summary>"Talks resume | Sample Wire" → "Talks resume" when the suffix is the outlet's own name.</summary>
    private static string? StripSiteSuffix(string? title, string? source)
    {
        if (title is null || source is null)
            return title;
        foreach (var separator in new[] { " | ", " - ", " – ", " — ", " :: " })
        {
            var suffix = separator + source;
            if (title.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && title.Length > suffix.Length)
                return title[..^suffix.Length].Trim();
        }
        return title;
    }

    /// <summary>The JSON-LD node that describes the article: top-level, in an array, or in an @graph.</summary>
    private static JsonElement? ArticleNode(IHtmlDocument document)
    {
        JsonElement? fallback = null;
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json' i]"))
        {
            JsonDocument parsed;
            try
            {
                parsed = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions
                {
                    AllowTrailingCommas = true,
                    CommentHandling = JsonCommentHandling.Skip,
                });
            }
            catch (JsonException)
            {
                continue; // broken structured data is the site's bug; the visible page still has what we need
            }
            using (parsed)
            {
                // Cloned so the element outlives its document; pages hold a handful of small blocks.
                foreach (var node in Nodes(parsed.RootElement.Clone()))
                {
                    if (IsArticleType(node))
                        return node;
                    // A WebPage or untyped node that carries a date still describes this page's article.
                    if (fallback is null && node.TryGetProperty("datePublished", out _))
                        fallback = node;
                }
            }
        }
        return fallback;
    }

    private static IEnumerable<JsonElement> Nodes(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                foreach (var node in Nodes(item))
                    yield return node;
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
                foreach (var node in Nodes(graph))
                    yield return node;
        }
    }

    private static bool IsArticleType(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type))
            return false;
        return type.ValueKind switch
        {
            JsonValueKind.String => ArticleTypes.Contains(type.GetString()!),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString()!)),
            _ => false,
        };
    }

    private static string? JsonString(JsonElement? node, string property)
    {
        if (node is not { } element || !element.TryGetProperty(property, out var value))
            return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => Clean(value.GetString()),
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String)
                .Select(v => Clean(v.GetString())).FirstOrDefault(v => v is not null),
            // {"@type": "Language", "name": "Arabic"} and the like
            JsonValueKind.Object => JsonString(value, "name"),
            _ => null,
        };
    }

    private static string? Publisher(JsonElement? node)
    {
        if (node is not { } element || !element.TryGetProperty("publisher", out var publisher))
            return null;
        return publisher.ValueKind switch
        {
            JsonValueKind.String => Clean(publisher.GetString()),
            JsonValueKind.Object => JsonString(publisher, "name"),
            JsonValueKind.Array => publisher.EnumerateArray().Select(p => p.ValueKind == JsonValueKind.Object
                ? JsonString(p, "name") : p.ValueKind == JsonValueKind.String ? Clean(p.GetString()) : null).FirstOrDefault(p => p is not null),
            _ => null,
        };
    }

    /// <summary>Collapsed white space, or null for nothing.</summary>
    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        return string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
