using StanceTracker.Extraction.Evaluation;
using Xunit.Abstractions;

namespace StanceTracker.Extraction.Tests.Gold;

/// <summary>
/// The extractor's current scores on the Arabic gold set. The floors sit a little under what was measured, so a
/// regression fails here; they are not the targets (statement F1 0.85, speaker accuracy 0.90, triple F1 0.75).
/// Reproduce with: stance eval arabic-gold
/// </summary>
public sealed class ArabicGoldScoresTests(ITestOutputHelper output)
{
    [Fact]
    public void Current_scores_stay_above_their_floors()
    {
        var gold = ArabicGoldSet.Load(ArabicGoldFile.Path);
        var (total, perArticle) = ArabicGoldSet.Evaluate(Extractors.Shipped, gold, ArabicGoldFile.Shared);
        foreach (var (article, score) in perArticle)
            output.WriteLine($"{article}: gold {score.Statements.Gold}, predicted {score.Statements.Predicted}, matched {score.Statements.Matched}, " +
                $"speaker {score.SpeakerCorrect}, triples {score.MatchedTriples}/{score.GoldTriples} (predicted {score.PredictedTriples})");
        output.WriteLine($"statement P {total.Statements.Precision:0.000} R {total.Statements.Recall:0.000} F1 {total.Statements.F1:0.000}; " +
            $"speaker accuracy {total.SpeakerAccuracy:0.000}; cue accuracy {total.Statements.CueAccuracy:0.000}; kind accuracy {total.KindAccuracy:0.000}; " +
            $"triple P {total.TriplePrecision:0.000} R {total.TripleRecall:0.000} F1 {total.TripleF1:0.000}");

        Assert.True(total.Statements.F1 >= Floors.StatementF1, $"statement F1 {total.Statements.F1:0.000} < {Floors.StatementF1}");
        Assert.True(total.SpeakerAccuracy >= Floors.SpeakerAccuracy, $"speaker accuracy {total.SpeakerAccuracy:0.000} < {Floors.SpeakerAccuracy}");
        Assert.True(total.TripleF1 >= Floors.TripleF1, $"stance-triple F1 {total.TripleF1:0.000} < {Floors.TripleF1}");
        output.WriteLine($"relations P {total.RelationPrecision:0.000} R {total.RelationRecall:0.000} F1 {total.RelationF1:0.000}; " +
            $"shift cues P {total.ShiftCuePrecision:0.000} R {total.ShiftCueRecall:0.000}; via accuracy {total.ViaAccuracy:0.000}");
        Assert.True(total.RelationF1 >= Floors.RelationF1, $"relation F1 {total.RelationF1:0.000} < {Floors.RelationF1}");
        Assert.True(total.ShiftCueRecall >= Floors.ShiftCueRecall, $"shift-cue recall {total.ShiftCueRecall:0.000} < {Floors.ShiftCueRecall}");
        Assert.True(total.ViaAccuracy >= Floors.ViaAccuracy, $"via accuracy {total.ViaAccuracy:0.000} < {Floors.ViaAccuracy}");
    }

    /// <summary>
    /// Statement, speaker and triple floors are the figures before the development-set round (0.942, 153/163 = 0.9387,
    /// 53/68 matched triples = 0.7794): rules fixed on other sets must not cost the gold anything. The others are measured
    /// minus a small margin; raise them when the extractor improves.
    /// </summary>
    private static class Floors
    {
        public const double StatementF1 = 0.942;  // measured 0.951 after the development-set round
        public const double SpeakerAccuracy = 0.938; // measured 0.939
        public const double TripleF1 = 0.779;     // measured 0.779
        public const double RelationF1 = 0.85;    // measured 0.923
        public const double ShiftCueRecall = 0.75; // measured 1.000
        public const double ViaAccuracy = 0.93;   // measured 0.957
    }
}
