using StanceTracker.Abstractions.Articles;

namespace StanceTracker.Abstractions.Grains;

/// <summary>One article, keyed by its stable id: ingests it once, and remembers what came of it.</summary>
[Alias("stance.IArticleGrain")]
public interface IArticleGrain : IGrainWithStringKey
{
    [Alias("Ingest")]
    Task<IngestOutcome> IngestAsync(ArticleSubmission article);

    [Alias("Get")]
    Task<ArticleRecord?> GetAsync();

    /// <summary>The text as read; null when the article is not stored, or was stored before texts were kept and not re-ingested since.</summary>
    [Alias("GetContent")]
    Task<ArticleContent?> GetContentAsync();
}
