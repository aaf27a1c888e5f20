using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Evaluation;

/// <summary>Scores one article's extracted statements against its Arabic gold annotation.</summary>
public static class ArabicGoldScorer
{
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
