namespace StanceTracker.Abstractions.Articles;

/// <summary>What ingesting one article did.</summary>
/// <param name="Speakers">Canonical ids of the actors whose statements were recorded.</param>
[GenerateSerializer, Immutable, Alias("stance.IngestOutcome")]
public sealed record IngestOutcome(
    string ArticleId,
    IngestStatus Status,
    int Statements,
    IReadOnlyList<string> Speakers,
    string? Reason = null);
