using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Evaluation;

/// <summary>Scores one document's statements against its gold attributions.</summary>
public static class AttributionScorer
{
    public static AttributionScore Score(IReadOnlyList<Statement> predicted, IReadOnlyList<GoldAttribution> gold)
    {
        int source = 0, cue = 0;
        var pairs = Match(predicted, gold);
        foreach (var (p, g) in pairs)
        {
            if (SourceAgrees(predicted[p], gold[g])) source++;
            if (CueAgrees(predicted[p], gold[g])) cue++;
        }
        return new AttributionScore(1, gold.Count, predicted.Count, pairs.Count, source, cue);
    }

    /// <summary>A matched statement's source is right when its span overlaps the gold source (a missing one never is).</summary>
    public static bool SourceAgrees(Statement predicted, GoldAttribution gold)
        => predicted.Source is { } s && Overlap([s], gold.Source) > 0;

    public static bool CueAgrees(Statement predicted, GoldAttribution gold) => Overlap([predicted.Cue], gold.Cue) > 0;

    /// <summary>
    /// The one-to-one pairs (index of the prediction, index of the gold attribution) whose contents overlap. Greedy,
    /// largest content overlap first, so one long prediction cannot claim two golds.
    /// </summary>
    public static IReadOnlyList<(int Predicted, int Gold)> Match(IReadOnlyList<Statement> predicted, IReadOnlyList<GoldAttribution> gold)
    {
        var candidates = new List<(int Predicted, int Gold, int Overlap)>();
        for (var p = 0; p < predicted.Count; p++)
            for (var g = 0; g < gold.Count; g++)
            {
                var overlap = Overlap([predicted[p].Content], gold[g].Content);
                if (overlap > 0) candidates.Add((p, g, overlap));
            }
        candidates.Sort((a, b) => b.Overlap.CompareTo(a.Overlap));

        var usedPredicted = new bool[predicted.Count];
        var usedGold = new bool[gold.Count];
        var pairs = new List<(int, int)>();
        foreach (var (p, g, _) in candidates)
        {
            if (usedPredicted[p] || usedGold[g]) continue;
            usedPredicted[p] = usedGold[g] = true;
            pairs.Add((p, g));
        }
        return pairs;
    }

    private static int Overlap(IReadOnlyList<Span> a, IReadOnlyList<Span> b)
    {
        var total = 0;
        foreach (var x in a)
            foreach (var y in b)
                total += Math.Max(0, Math.Min(x.End, y.End) - Math.Max(x.Start, y.Start));
        return total;
    }
}
