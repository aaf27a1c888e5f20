namespace StanceTracker.Extraction.Evaluation;

/// <summary>
/// How extraction compares with the Arabic gold set. <see cref="Statements"/> counts statement matches by content
/// overlap, one to one (its source counts are unused: the gold names speakers by id, not by span). Speaker and kind
/// accuracy are over the matched statements. Stance triples (speaker, target, polarity) are compared as sets per
/// article, so a stance said twice in one article counts once.
/// </summary>
public sealed record ArabicGoldScore(
    AttributionScore Statements,
    int SpeakerCorrect,
    int KindCorrect,
    int GoldTriples,
    int PredictedTriples,
    int MatchedTriples,
    int ViaCorrect = 0)
{
    /// <summary>Reported relations: gold, extracted, and matched (same holder, target and polarity, overlapping evidence, one to one).</summary>
    public (int Gold, int Predicted, int Matched) Relations { get; init; }

    /// <summary>Shift cues: gold, extracted, and matched (same actor, overlapping evidence, one to one).</summary>
    public (int Gold, int Predicted, int Matched) ShiftCues { get; init; }

    public double RelationPrecision => Relations.Predicted == 0 ? 0 : (double)Relations.Matched / Relations.Predicted;
    public double RelationRecall => Relations.Gold == 0 ? 0 : (double)Relations.Matched / Relations.Gold;
    public double RelationF1 => RelationPrecision + RelationRecall == 0 ? 0 : 2 * RelationPrecision * RelationRecall / (RelationPrecision + RelationRecall);
    public double ShiftCuePrecision => ShiftCues.Predicted == 0 ? 0 : (double)ShiftCues.Matched / ShiftCues.Predicted;
    public double ShiftCueRecall => ShiftCues.Gold == 0 ? 0 : (double)ShiftCues.Matched / ShiftCues.Gold;

    /// <summary>Matched statements whose reporting chain (ids, outermost first) equals the gold's.</summary>
    public double ViaAccuracy => Statements.Matched == 0 ? 0 : (double)ViaCorrect / Statements.Matched;

    public double SpeakerAccuracy => Statements.Matched == 0 ? 0 : (double)SpeakerCorrect / Statements.Matched;
    public double KindAccuracy => Statements.Matched == 0 ? 0 : (double)KindCorrect / Statements.Matched;
    public double TriplePrecision => PredictedTriples == 0 ? 0 : (double)MatchedTriples / PredictedTriples;
    public double TripleRecall => GoldTriples == 0 ? 0 : (double)MatchedTriples / GoldTriples;
    public double TripleF1 => TriplePrecision + TripleRecall == 0 ? 0 : 2 * TriplePrecision * TripleRecall / (TriplePrecision + TripleRecall);

    public static ArabicGoldScore operator +(ArabicGoldScore a, ArabicGoldScore b) => new(
        a.Statements + b.Statements, a.SpeakerCorrect + b.SpeakerCorrect, a.KindCorrect + b.KindCorrect,
        a.GoldTriples + b.GoldTriples, a.PredictedTriples + b.PredictedTriples, a.MatchedTriples + b.MatchedTriples,
        a.ViaCorrect + b.ViaCorrect)
    {
        Relations = (a.Relations.Gold + b.Relations.Gold, a.Relations.Predicted + b.Relations.Predicted, a.Relations.Matched + b.Relations.Matched),
        ShiftCues = (a.ShiftCues.Gold + b.ShiftCues.Gold, a.ShiftCues.Predicted + b.ShiftCues.Predicted, a.ShiftCues.Matched + b.ShiftCues.Matched),
    };

    public static readonly ArabicGoldScore Zero = new(AttributionScore.Zero, 0, 0, 0, 0, 0);
}
