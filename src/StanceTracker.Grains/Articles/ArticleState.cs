namespace StanceTracker.Grains.Articles;

/// <summary>What the article grain keeps: written once, when the article's statements have all been recorded.</summary>
public sealed class ArticleState
{
    public bool Stored { get; set; }
    public string? Title { get; set; }
    public string? Source { get; set; }
    public string? Url { get; set; }
    public DateTimeOffset Published { get; set; }
    public string Language { get; set; } = "";
    public string? Path { get; set; }
    public DateTimeOffset IngestedAt { get; set; }
    public List<string> StatementIds { get; set; } = [];
    public List<string> Speakers { get; set; } = [];
}
