namespace StanceTracker.Grains.Articles;

/// <summary>
/// What the article grain keeps: written once, when the article's statements have all been recorded. The text is kept
/// whole (one article per grain) because the statements' offsets point into it and the evidence is shown in place.
/// </summary>
public sealed class ArticleState
{
    public bool Stored { get; set; }
    public string? Title { get; set; }
    public string? Source { get; set; }
    public string? Url { get; set; }
    public DateTimeOffset Published { get; set; }
    public string Language { get; set; } = "";
    public string? Path { get; set; }
    /// <summary>Null only for articles stored before texts were kept; re-ingesting the article fills it in.</summary>
    public string? Text { get; set; }
    public DateTimeOffset IngestedAt { get; set; }
    public List<string> StatementIds { get; set; } = [];
    public List<string> Speakers { get; set; } = [];
    /// <summary>The submitter whose ingest stored the article (see <c>ArticleSubmission.Submitter</c>); null if it gave none.</summary>
    public string? StoredBy { get; set; }
}
