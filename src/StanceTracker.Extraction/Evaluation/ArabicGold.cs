using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Evaluation;

/// <summary>
/// One article of the hand-annotated Arabic gold set: where its text lives (<see cref="Corpus"/> and
/// <see cref="ArticleId"/>), the SHA-256 of that text as it was annotated, and its statements. The text itself stays
/// in the shared corpus; the gold holds offsets only (UTF-16 code units into <see cref="ArticleText.Text"/>).
/// </summary>
/// <param name="Corpus">"seed" (a file under shared/seeds) or "saudinewsnet-libya-2015" (an id in its articles.jsonl).</param>
/// <param name="ArticleId">The seed's file name, or the article's jsonl id.</param>
/// <param name="TextSha256">Lower-case hex SHA-256 of the text's UTF-8 bytes (see <see cref="ArabicGoldSet.Hash"/>).</param>
public sealed record ArabicGoldArticle(string Corpus, string ArticleId, string TextSha256, IReadOnlyList<ArabicGoldStatement> Statements)
{
    /// <summary>Positions the outlet reports in its own voice (holder → target), annotated by evidence span.</summary>
    public IReadOnlyList<ArabicGoldRelation> Relations { get; init; } = [];

    /// <summary>Explicit talk of an actor changing position, annotated by evidence span.</summary>
    public IReadOnlyList<ArabicGoldShiftCue> ShiftCues { get; init; } = [];

    public string Name => $"{Corpus}/{ArticleId}";
}

/// <summary>One annotated statement: the speaker's canonical id, cue and content spans, kind, reporting chain and stances.</summary>
/// <param name="Via">The reporting chain, outermost first (the agency, then the relaying person); empty if none.</param>
public sealed record ArabicGoldStatement(
    string Speaker,
    Span Cue,
    Span Content,
    StatementKind Kind,
    IReadOnlyList<string> Via,
    IReadOnlyList<ArabicGoldStance> Stances);

/// <summary>The speaker's polarity toward one target: an actor id, or an issue label such as "issue:military-solution".</summary>
public sealed record ArabicGoldStance(string Target, Polarity Polarity);

/// <summary>A reported relation: <paramref name="Holder"/> supports or opposes <paramref name="Target"/> (an actor id or issue), per the outlet.</summary>
public sealed record ArabicGoldRelation(string Holder, string Target, Polarity Polarity, Span Evidence);

/// <summary>A shift cue: the actor whose position is said to change, and the words that say it.</summary>
public sealed record ArabicGoldShiftCue(string Actor, Span Evidence);
