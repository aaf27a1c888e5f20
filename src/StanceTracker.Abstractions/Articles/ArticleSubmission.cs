namespace StanceTracker.Abstractions.Articles;

/// <summary>An article sent to the cluster for ingestion: what was read, before extraction (which runs in the silo).</summary>
[GenerateSerializer, Immutable, Alias("stance.ArticleSubmission")]
public sealed record ArticleSubmission(
    string Id,
    string? Title,
    string? Source,
    string? Url,
    DateTimeOffset? Published,
    string? Language,
    string Text,
    string? Path);
