namespace StanceTracker.Extraction.Model;

/// <summary>Something an actor is reported to have said, with where each part sits in the text.</summary>
/// <param name="Index">Position among the article's statements, in text order; with the article id it makes a stable statement id.</param>
/// <param name="Speaker">The actor the words are attributed to.</param>
/// <param name="Source">The speaker's mention beside the cue; null when the subject is elided (continues an earlier speaker).</param>
/// <param name="Cue">The reporting verb or expression (قال، أكد، said, according to).</param>
/// <param name="Content">What was said.</param>
/// <param name="Sentence">The whole sentence (or quote-paired sentences) holding the statement, shown as evidence.</param>
public sealed record Statement(
    int Index,
    ActorRef Speaker,
    Span? Source,
    Span Cue,
    Span Content,
    StatementKind Kind,
    IReadOnlyList<TargetStance> Stances,
    Span Sentence)
{
    /// <summary>
    /// The reporting chain the words came through, outermost first: ونقلت وكالة سبوتنيك عن المسؤول الليبي أن موسكو أكدت
    /// gives speaker Russia via [Sputnik, Maiteeq]. Empty when the speaker is quoted directly.
    /// </summary>
    public IReadOnlyList<ActorRef> Via { get; init; } = [];
}
