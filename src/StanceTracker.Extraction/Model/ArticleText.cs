namespace StanceTracker.Extraction.Model;

/// <summary>An article as read from a file or request, before any analysis.</summary>
/// <param name="Id">The id the source gave it, if any; otherwise one is derived (see <see cref="ArticleIdentity"/>).</param>
/// <param name="Text">The body. Every span offset produced by extraction indexes into this string (UTF-16 code units).</param>
/// <param name="Path">The file it came from (for error messages and provenance), or null.</param>
public sealed record ArticleText(
    string? Id,
    string? Title,
    string? Source,
    string? Url,
    DateTimeOffset? Published,
    string? Language,
    string Text,
    string? Path = null);
