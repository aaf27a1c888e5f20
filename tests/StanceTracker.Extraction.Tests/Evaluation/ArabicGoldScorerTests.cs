using StanceTracker.Extraction.Evaluation;
using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Tests.Evaluation;

public sealed class ArabicGoldScorerTests
{
    private static readonly ArabicGoldArticle Gold = new("seed", "tiny.txt", "", [
        new ArabicGoldStatement("erdogan", new Span(0, 4), new Span(5, 20), StatementKind.Direct, [],
            [new ArabicGoldStance("gna", Polarity.Support), new ArabicGoldStance("haftar", Polarity.Oppose)]),
        new ArabicGoldStatement("sarraj", new Span(30, 34), new Span(35, 50), StatementKind.Indirect, [],
            [new ArabicGoldStance("erdogan", Polarity.Support)]),
    ]);

    private static Statement Predicted(string speaker, int contentStart, int contentEnd, StatementKind kind, params (string Target, Polarity Polarity)[] stances) =>
        new(0, new ActorRef(speaker, speaker, "person"), null, new Span(contentStart - 5, contentStart - 1), new Span(contentStart, contentEnd), kind,
            [.. stances.Select(s => new TargetStance(new ActorRef(s.Target, s.Target, "person"), s.Polarity, 0.5, 0.5))],
            new Span(0, 60));

    [Fact]
    public void A_perfect_prediction_scores_one_everywhere()
    {
        var score = ArabicGoldScorer.Score([
            Predicted("erdogan", 5, 20, StatementKind.Direct, ("gna", Polarity.Support), ("haftar", Polarity.Oppose)),
            Predicted("sarraj", 35, 50, StatementKind.Indirect, ("erdogan", Polarity.Support)),
        ], Gold);

        Assert.Equal(1.0, score.Statements.F1, 6);
        Assert.Equal(1.0, score.Statements.CueAccuracy, 6);
        Assert.Equal(1.0, score.SpeakerAccuracy, 6);
        Assert.Equal(1.0, score.KindAccuracy, 6);
        Assert.Equal(1.0, score.TripleF1, 6);
    }

    [Fact]
    public void A_wrong_speaker_still_matches_the_statement_but_lowers_speaker_accuracy_and_its_triples()
    {
        var score = ArabicGoldScorer.Score([
            Predicted("erdogan", 5, 20, StatementKind.Direct, ("gna", Polarity.Support), ("haftar", Polarity.Oppose)),
            Predicted("erdogan", 35, 50, StatementKind.Indirect, ("erdogan", Polarity.Support)),
        ], Gold);

        Assert.Equal(1.0, score.Statements.F1, 6);
        Assert.Equal(0.5, score.SpeakerAccuracy, 6);
        Assert.Equal(2, score.MatchedTriples);
        Assert.Equal(3, score.PredictedTriples);
        Assert.Equal(3, score.GoldTriples);
    }

    [Fact]
    public void Missed_and_spurious_statements_move_recall_and_precision()
    {
        var score = ArabicGoldScorer.Score([
            Predicted("erdogan", 8, 12, StatementKind.Mixed),   // inside the first gold content: matched, wrong kind
            Predicted("un", 52, 58, StatementKind.Indirect),    // overlaps no gold statement
        ], Gold);

        Assert.Equal(0.5, score.Statements.Precision, 6);
        Assert.Equal(0.5, score.Statements.Recall, 6);
        Assert.Equal(1.0, score.SpeakerAccuracy, 6);
        Assert.Equal(0.0, score.KindAccuracy, 6);
        Assert.Equal(0.0, score.TripleRecall, 6);
        Assert.Equal(0.0, score.TripleF1, 6);
    }

    [Fact]
    public void A_wrong_polarity_is_a_different_triple_and_repeats_count_once()
    {
        var score = ArabicGoldScorer.Score([
            Predicted("erdogan", 5, 20, StatementKind.Direct, ("gna", Polarity.Support), ("haftar", Polarity.Neutral)),
            Predicted("erdogan", 21, 29, StatementKind.Direct, ("gna", Polarity.Support)),
        ], Gold);

        Assert.Equal(2, score.PredictedTriples);
        Assert.Equal(1, score.MatchedTriples);
        Assert.Equal(0.5, score.TriplePrecision, 6);
        Assert.Equal(1.0 / 3, score.TripleRecall, 6);
    }

    [Fact]
    public void Scores_add_up_over_articles()
    {
        var one = ArabicGoldScorer.Score([Predicted("erdogan", 5, 20, StatementKind.Direct)], Gold);
        var total = ArabicGoldScore.Zero + one + one;
        Assert.Equal(2, total.Statements.Documents);
        Assert.Equal(4, total.Statements.Gold);
        Assert.Equal(2, total.Statements.Matched);
        Assert.Equal(6, total.GoldTriples);
    }
}
