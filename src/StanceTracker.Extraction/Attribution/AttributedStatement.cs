using StanceTracker.Extraction.Actors;
using StanceTracker.Extraction.Model;
using StanceTracker.Extraction.Text;

namespace StanceTracker.Extraction.Attribution;

/// <summary>
/// A statement before stance scoring: who speaks, by which cue, and which tokens [ContentFirst, ContentEnd) are the
/// content (the stance step scores those). <see cref="Addressee"/> is the person spoken to (خاطب X، told X), if named.
/// </summary>
public sealed record AttributedStatement(
    ActorEntry Speaker,
    Span? Source,
    CueMatch Cue,
    Span CueSpan,
    int ContentFirst,
    int ContentEnd,
    Span Content,
    StatementKind Kind,
    Sentence Sentence,
    ActorMatch? Addressee)
{
    /// <summary>The reporting chain from the article to the speaker, outermost first (the agency, then who relayed); empty if none.</summary>
    public IReadOnlyList<ActorEntry> Via { get; init; } = [];
}
