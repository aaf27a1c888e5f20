using StanceTracker.Abstractions.Stance;

namespace StanceTracker.Abstractions.Statements;

/// <summary>
/// One attributed statement as stored in the speaker's log: who said what, where, when, and the evidence
/// (offsets are UTF-16 indices into the article's text as read).
/// </summary>
/// <param name="Id">Stable: article id and the statement's index in it, so re-ingesting never adds a copy.</param>
/// <param name="RelayedBy">Other articles that carried the same statement (same speaker, near-identical content, within
/// days): its provenance. Filled when statements are read for evidence; null in the log itself.</param>
/// <param name="Via">The reporting chain, outermost first (a medium, then who relayed the speaker's words), as actor ids;
/// empty when the speaker was reported directly. The same chain `stance extract` prints.</param>
[GenerateSerializer, Immutable, Alias("stance.StatementRecord")]
public sealed record StatementRecord(
    string Id,
    string ArticleId,
    string SpeakerId,
    string SpeakerName,
    DateTimeOffset Published,
    string? Outlet,
    string? ArticleTitle,
    string Language,
    string Kind,
    string Cue,
    string Content,
    int ContentStart,
    int ContentEnd,
    string Sentence,
    int SentenceStart,
    IReadOnlyList<TargetStanceRecord> Stances,
    IReadOnlyList<RelaySource>? RelayedBy = null,
    IReadOnlyList<string>? Via = null);
