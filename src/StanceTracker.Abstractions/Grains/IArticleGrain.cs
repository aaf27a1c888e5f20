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
}
