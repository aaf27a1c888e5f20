using StanceTracker.Extraction.Model;
using StanceTracker.Extraction.Pipeline;

namespace StanceTracker.Extraction.Tests;

/// <summary>The shipped lexicons, loaded once for all tests (the extractor is thread-safe after load).</summary>
public static class Extractors
{
    private static readonly Lazy<StanceExtractor> LazyShipped = new(() => StanceExtractor.Load());

    public static StanceExtractor Shipped => LazyShipped.Value;

    public static ExtractedArticle Extract(string text, string? language = null)
        => Shipped.Extract(new ArticleText(null, null, null, null, null, language, text));

    /// <summary>The stance of <paramref name="statement"/> toward <paramref name="target"/>, or null if it is not a target.</summary>
    public static TargetStance? Toward(this Statement statement, string target)
        => statement.Stances.FirstOrDefault(s => s.Target.Id == target);
}
