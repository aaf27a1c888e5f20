namespace StanceTracker.Extraction.Model;

/// <summary>Everything the pipeline found in one article. What `stance extract` prints is exactly what the grains receive.</summary>
/// <param name="Id">The stable article id (see <see cref="ArticleIdentity"/>).</param>
/// <param name="Language">"ar" or "en".</param>
public sealed record ExtractedArticle(
    string Id,
    ArticleText Article,
    string Language,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<Statement> Statements)
{
    /// <summary>
    /// The full form. Relations and shift cues are optional trailing parameters so that every caller written before
    /// they existed keeps compiling; null reads as none, so readers always get a list.
    /// </summary>
    public ExtractedArticle(
        string Id,
        ArticleText Article,
        string Language,
        IReadOnlyList<Mention> Mentions,
        IReadOnlyList<Statement> Statements,
        IReadOnlyList<ReportedRelation>? Relations = null,
        IReadOnlyList<ShiftCue>? ShiftCues = null)
        : this(Id, Article, Language, Mentions, Statements)
    {
        this.Relations = Relations ?? [];
        this.ShiftCues = ShiftCues ?? [];
    }

    /// <summary>Positions the outlet reports in its own voice (see <see cref="ReportedRelation"/>).</summary>
    public IReadOnlyList<ReportedRelation> Relations { get; init; } = [];

    /// <summary>Explicit talk of an actor changing position (see <see cref="ShiftCue"/>).</summary>
    public IReadOnlyList<ShiftCue> ShiftCues { get; init; } = [];
}
