using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Evaluation;

/// <summary>
/// Where one article's extraction departs from its gold annotation, for error analysis (`stance eval arabic-gold
/// --errors`): gold statements nothing matched, extracted statements that match no gold, matched statements whose
/// speaker, stances or reporting chain differ, and the stance triples found on one side only.
/// </summary>
public sealed record ArabicGoldDiff(
    string Article,
    IReadOnlyList<ArabicGoldStatement> Missed,
    IReadOnlyList<Statement> Spurious,
    IReadOnlyList<(Statement Predicted, ArabicGoldStatement Gold)> WrongSpeaker,
    IReadOnlyList<(Statement Predicted, ArabicGoldStatement Gold)> OtherStances,
    IReadOnlyList<(Statement Predicted, ArabicGoldStatement Gold)> WrongVia,
    IReadOnlyList<(string Speaker, string Target, Polarity Polarity)> MissedTriples,
    IReadOnlyList<(string Speaker, string Target, Polarity Polarity)> SpuriousTriples)
{
    /// <summary>Gold relations no extracted relation matched, and extracted ones that match no gold.</summary>
    public IReadOnlyList<ArabicGoldRelation> MissedRelations { get; init; } = [];
    public IReadOnlyList<ReportedRelation> SpuriousRelations { get; init; } = [];

    /// <summary>Gold shift cues no extracted cue matched, and extracted ones that match no gold.</summary>
    public IReadOnlyList<ArabicGoldShiftCue> MissedShiftCues { get; init; } = [];
    public IReadOnlyList<ShiftCue> SpuriousShiftCues { get; init; } = [];

    public static ArabicGoldDiff Of(ExtractedArticle extracted, ArabicGoldArticle gold) => Of(extracted.Statements, gold) with
    {
        MissedRelations = gold.Relations.Where(g => ArabicGoldScorer.MatchedRelations(extracted.Relations, [g]) == 0).ToList(),
        SpuriousRelations = extracted.Relations.Where(p => ArabicGoldScorer.MatchedRelations([p], gold.Relations) == 0).ToList(),
        MissedShiftCues = gold.ShiftCues.Where(g => ArabicGoldScorer.MatchedShiftCues(extracted.ShiftCues, [g]) == 0).ToList(),
        SpuriousShiftCues = extracted.ShiftCues.Where(p => ArabicGoldScorer.MatchedShiftCues([p], gold.ShiftCues) == 0).ToList(),
    };

    public static ArabicGoldDiff Of(IReadOnlyList<Statement> predicted, ArabicGoldArticle gold)
    {
        var attributions = gold.Statements.Select(s => new GoldAttribution([], [s.Cue], [s.Content])).ToList();
        var pairs = AttributionScorer.Match(predicted, attributions);
        var matchedPredicted = pairs.Select(p => p.Predicted).ToHashSet();
        var matchedGold = pairs.Select(p => p.Gold).ToHashSet();
        var goldTriples = ArabicGoldScorer.Triples(gold);
        var predictedTriples = ArabicGoldScorer.Triples(predicted);
        return new ArabicGoldDiff(
            gold.Name,
            gold.Statements.Where((_, i) => !matchedGold.Contains(i)).ToList(),
            predicted.Where((_, i) => !matchedPredicted.Contains(i)).ToList(),
            pairs.Where(p => predicted[p.Predicted].Speaker.Id != gold.Statements[p.Gold].Speaker)
                .Select(p => (predicted[p.Predicted], gold.Statements[p.Gold])).ToList(),
            pairs.Where(p => !SameStances(predicted[p.Predicted], gold.Statements[p.Gold]))
                .Select(p => (predicted[p.Predicted], gold.Statements[p.Gold])).ToList(),
            pairs.Where(p => !predicted[p.Predicted].Via.Select(v => v.Id).SequenceEqual(gold.Statements[p.Gold].Via))
                .Select(p => (predicted[p.Predicted], gold.Statements[p.Gold])).ToList(),
            goldTriples.Where(t => !predictedTriples.Contains(t)).OrderBy(t => t.Speaker, StringComparer.Ordinal).ToList(),
            predictedTriples.Where(t => !goldTriples.Contains(t)).OrderBy(t => t.Speaker, StringComparer.Ordinal).ToList());
    }

    private static bool SameStances(Statement predicted, ArabicGoldStatement gold)
        => predicted.Stances.Select(s => (s.Target.Id, s.Polarity)).ToHashSet().SetEquals(gold.Stances.Select(s => (s.Target, s.Polarity)));
}
