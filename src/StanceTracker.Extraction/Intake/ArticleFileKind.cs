namespace StanceTracker.Extraction.Intake;

/// <summary>The article formats, told apart by file extension (case-insensitive): sniffing content would guess, this does not.</summary>
internal enum ArticleFileKind
{
    Unsupported,
    Text,
    Json,
    JsonLines,
}

internal static class ArticleFileKindExtensions
{
    extension(ArticleFileKind)
    {
        public static ArticleFileKind Of(string path) => Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".txt" => ArticleFileKind.Text,
            ".json" => ArticleFileKind.Json,
            ".jsonl" => ArticleFileKind.JsonLines,
            _ => ArticleFileKind.Unsupported,
        };
    }
}
