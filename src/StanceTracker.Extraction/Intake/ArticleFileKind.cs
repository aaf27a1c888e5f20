namespace StanceTracker.Extraction.Intake;

/// <summary>The article formats, told apart by file extension (case-insensitive): sniffing content would guess, this does not.</summary>
internal enum ArticleFileKind
{
    Unsupported,
    Text,
    Json,
    JsonLines,
    Html,
    Feed,
}

internal static class ArticleFileKindExtensions
{
    /// <summary>The extensions read, for messages about the ones that are not.</summary>
    public const string Expected = ".txt, .json, .jsonl, .html, .htm, .xml, .rss or .atom";

    extension(ArticleFileKind)
    {
        public static ArticleFileKind Of(string path) => Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".txt" => ArticleFileKind.Text,
            ".json" => ArticleFileKind.Json,
            ".jsonl" => ArticleFileKind.JsonLines,
            ".html" or ".htm" => ArticleFileKind.Html,
            // .xml is taken to be a feed: a news folder's other XML (a sitemap) is reported as not a feed, not skipped.
            ".xml" or ".rss" or ".atom" => ArticleFileKind.Feed,
            _ => ArticleFileKind.Unsupported,
        };
    }
}
