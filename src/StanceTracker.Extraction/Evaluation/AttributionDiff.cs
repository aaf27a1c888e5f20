using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Evaluation;

/// <summary>
/// Where one document's statements depart from its gold attributions, for error analysis (`stance eval polnear
/// --errors`): gold attributions nothing matched, extracted statements that match no gold, and matched pairs whose
/// source or cue spans do not overlap (the same pairing as <see cref="AttributionScorer"/>, so the counts agree).
/// </summary>
public sealed record AttributionDiff(
    string Document,
    IReadOnlyList<GoldAttribution> Missed,
    IReadOnlyList<Statement> Spurious,
    IReadOnlyList<(Statement Predicted, GoldAttribution Gold)> WrongSource,
    IReadOnlyList<(Statement Predicted, GoldAttribution Gold)> WrongCue)
{
    public static AttributionDiff Of(string document, IReadOnlyList<Statement> predicted, IReadOnlyList<GoldAttribution> gold)
    {
        var pairs = AttributionScorer.Match(predicted, gold);
        var matchedPredicted = pairs.Select(p => p.Predicted).ToHashSet();
        var matchedGold = pairs.Select(p => p.Gold).ToHashSet();
        return new AttributionDiff(
            document,
            gold.Where((_, i) => !matchedGold.Contains(i)).ToList(),
            predicted.Where((_, i) => !matchedPredicted.Contains(i)).ToList(),
            pairs.Where(p => !AttributionScorer.SourceAgrees(predicted[p.Predicted], gold[p.Gold]))
                .Select(p => (predicted[p.Predicted], gold[p.Gold])).ToList(),
            pairs.Where(p => !AttributionScorer.CueAgrees(predicted[p.Predicted], gold[p.Gold]))
                .Select(p => (predicted[p.Predicted], gold[p.Gold])).ToList());
    }
}
