using StanceTracker.Extraction.Actors;
using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Pipeline;

/// <summary>Article in, statements out. Loaded once (lexicons are parsed at load), then thread-safe and reusable.</summary>
public sealed class StanceExtractor
{
    public ActorDictionary Actors => throw new NotImplementedException();

    public static StanceExtractor Load(ExtractorOptions? options = null) => throw new NotImplementedException();

    public ExtractedArticle Extract(ArticleText article) => throw new NotImplementedException();
}
