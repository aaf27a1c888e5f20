namespace StanceTracker.Abstractions.Articles;

/// <summary>An article sent to the cluster for ingestion: what was read, before extraction (which runs in the silo).</summary>
/// <param name="Submitter">
/// Who is sending it, the same on every retry of one ingest run (the console makes one per run). A retry whose earlier
/// attempt did store the article, but whose answer was lost (a client timeout, a dropped gateway), is told "stored"
/// rather than "already known", so each article is reported stored by exactly one run. Null: no retries to tell apart.
/// </param>
[GenerateSerializer, Immutable, Alias("stance.ArticleSubmission")]
public sealed record ArticleSubmission(
    string Id,
    string? Title,
    string? Source,
    string? Url,
    DateTimeOffset? Published,
    string? Language,
    string Text,
    string? Path,
    string? Submitter = null);
