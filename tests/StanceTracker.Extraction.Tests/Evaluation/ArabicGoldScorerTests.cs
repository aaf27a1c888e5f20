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

    [Fact]
    public void Relations_and_shift_cues_match_on_actors_polarity_and_overlapping_evidence_one_to_one()
    {
        var gold = Gold with
        {
            Relations = [new ArabicGoldRelation("turkey", "gna", Polarity.Support, new Span(100, 130)), new ArabicGoldRelation("uae", "haftar", Polarity.Support, new Span(200, 230))],
            ShiftCues = [new ArabicGoldShiftCue("russia", new Span(300, 320))],
        };
        var article = new ExtractedArticle("a", new ArticleText("a", null, null, null, null, "ar", new string(' ', 400)), "ar", [], [],
            [
                new ReportedRelation(Ref("turkey"), Ref("gna"), Polarity.Support, new Span(110, 125)),
                new ReportedRelation(Ref("turkey"), Ref("gna"), Polarity.Support, new Span(115, 128)), // the same gold cannot match twice
                new ReportedRelation(Ref("uae"), Ref("haftar"), Polarity.Oppose, new Span(200, 230)),  // wrong polarity
            ],
            [new ShiftCue(Ref("russia"), new Span(310, 330)), new ShiftCue(Ref("russia"), new Span(0, 10))]);

        var score = ArabicGoldScorer.Score(article, gold);

        Assert.Equal((2, 3, 1), score.Relations);
        Assert.Equal(1 / 3.0, score.RelationPrecision, 6);
        Assert.Equal(0.5, score.RelationRecall, 6);
        Assert.Equal((1, 2, 1), score.ShiftCues);
        Assert.Equal(0.5, score.ShiftCuePrecision, 6);
        Assert.Equal(1.0, score.ShiftCueRecall, 6);
        var diff = ArabicGoldDiff.Of(article, gold);
        Assert.Equal("uae", Assert.Single(diff.MissedRelations).Holder);
        Assert.Equal(Polarity.Oppose, Assert.Single(diff.SpuriousRelations).Polarity);
        Assert.Equal(new Span(0, 10), Assert.Single(diff.SpuriousShiftCues).Evidence);
    }

    private static ActorRef Ref(string id) => new(id, id, "state");
}
