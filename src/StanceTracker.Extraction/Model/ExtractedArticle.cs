namespace StanceTracker.Extraction.Model;

/// <summary>Everything the pipeline found in one article. What `stance extract` prints is exactly what the grains receive.</summary>
/// <param name="Id">The stable article id (see <see cref="ArticleIdentity"/>).</param>
/// <param name="Language">"ar" or "en".</param>
public sealed record ExtractedArticle(
    string Id,
    ArticleText Article,
    string Language,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<Statement> Statements);
