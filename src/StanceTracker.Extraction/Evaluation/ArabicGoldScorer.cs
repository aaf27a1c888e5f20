using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Evaluation;

/// <summary>Scores one article's extracted statements against its Arabic gold annotation.</summary>
public static class ArabicGoldScorer
{
    /// <summary>Statements and stances, plus the reported relations and shift cues of the whole extraction.</summary>
    public static ArabicGoldScore Score(ExtractedArticle extracted, ArabicGoldArticle gold)
    {
        var relations = MatchedRelations(extracted.Relations, gold.Relations);
        var shifts = MatchedShiftCues(extracted.ShiftCues, gold.ShiftCues);
        return Score(extracted.Statements, gold) with
        {
            Relations = (gold.Relations.Count, extracted.Relations.Count, relations),
            ShiftCues = (gold.ShiftCues.Count, extracted.ShiftCues.Count, shifts),
        };
    }

    /// <summary>
    /// Reported relations that agree on holder, target and polarity and whose evidence overlaps, paired one to one in text
    /// order (the same relation stated twice counts twice on both sides).
    /// </summary>
    public static int MatchedRelations(IReadOnlyList<ReportedRelation> predicted, IReadOnlyList<ArabicGoldRelation> gold)
        => MatchOneToOne(predicted, gold, (p, g) => p.Holder.Id == g.Holder && p.Target.Id == g.Target && p.Polarity == g.Polarity && Overlaps(p.Evidence, g.Evidence));

    /// <summary>Shift cues that name the same actor with overlapping evidence, paired one to one.</summary>
    public static int MatchedShiftCues(IReadOnlyList<ShiftCue> predicted, IReadOnlyList<ArabicGoldShiftCue> gold)
        => MatchOneToOne(predicted, gold, (p, g) => p.Actor.Id == g.Actor && Overlaps(p.Evidence, g.Evidence));

    private static int MatchOneToOne<TP, TG>(IReadOnlyList<TP> predicted, IReadOnlyList<TG> gold, Func<TP, TG, bool> agree)
    {
        var used = new bool[gold.Count];
        var matched = 0;
        foreach (var p in predicted)
            for (var g = 0; g < gold.Count; g++)
            {
                if (used[g] || !agree(p, gold[g])) continue;
                used[g] = true;
                matched++;
                break;
            }
        return matched;
    }

    private static bool Overlaps(Span a, Span b) => Math.Min(a.End, b.End) > Math.Max(a.Start, b.Start);

    public static ArabicGoldScore Score(IReadOnlyList<Statement> predicted, ArabicGoldArticle gold)
    {
        // The statement match is PolNeAR's: content overlap, one to one. The gold has no source span, so the
        // speaker is compared by canonical id instead.
        var attributions = gold.Statements.Select(s => new GoldAttribution([], [s.Cue], [s.Content])).ToList();
        var statements = AttributionScorer.Score(predicted, attributions);
        int speaker = 0, kind = 0, via = 0;
        foreach (var (p, g) in AttributionScorer.Match(predicted, attributions))
        {
            if (predicted[p].Speaker.Id == gold.Statements[g].Speaker) speaker++;
            if (predicted[p].Kind == gold.Statements[g].Kind) kind++;
            if (predicted[p].Via.Select(v => v.Id).SequenceEqual(gold.Statements[g].Via)) via++;
        }

        var goldTriples = Triples(gold);
        var predictedTriples = Triples(predicted);
        var matchedTriples = predictedTriples.Count(goldTriples.Contains);
        return new ArabicGoldScore(statements, speaker, kind, goldTriples.Count, predictedTriples.Count, matchedTriples, via);
    }

    public static HashSet<(string Speaker, string Target, Polarity Polarity)> Triples(ArabicGoldArticle gold) =>
        gold.Statements.SelectMany(s => s.Stances.Select(t => (s.Speaker, t.Target, t.Polarity))).ToHashSet();

    public static HashSet<(string Speaker, string Target, Polarity Polarity)> Triples(IReadOnlyList<Statement> predicted) =>
        predicted.SelectMany(s => s.Stances.Select(t => (s.Speaker.Id, t.Target.Id, t.Polarity))).ToHashSet();
}
