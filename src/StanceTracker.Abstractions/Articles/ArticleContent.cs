namespace StanceTracker.Abstractions.Articles;

/// <summary>
/// An ingested article's text exactly as it was read, so that statement offsets (ContentStart/ContentEnd) index into it
/// and evidence can be shown in place.
/// </summary>
[GenerateSerializer, Immutable, Alias("stance.ArticleContent")]
public sealed record ArticleContent(string Id, string? Title, string Language, string Text);
