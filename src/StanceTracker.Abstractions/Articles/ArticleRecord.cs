namespace StanceTracker.Abstractions.Articles;

/// <summary>An ingested article's metadata and the statements drawn from it (provenance).</summary>
[GenerateSerializer, Immutable, Alias("stance.ArticleRecord")]
public sealed record ArticleRecord(
    string Id,
    string? Title,
    string? Source,
    string? Url,
    DateTimeOffset Published,
    string Language,
    string? Path,
    DateTimeOffset IngestedAt,
    IReadOnlyList<string> StatementIds,
    IReadOnlyList<string> Speakers);
