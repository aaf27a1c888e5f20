using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Intake;

/// <summary>One article read, or one failure: a batch reports both and goes on.</summary>
public sealed record ReadResult(ArticleText? Article, ReadFailure? Failure)
{
    public static ReadResult Ok(ArticleText article) => new(article, null);
    public static ReadResult Failed(string path, int? line, string reason) => new(null, new ReadFailure(path, line, reason));
}
