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
        a.ViaCorrect + b.ViaCorrect);

    public static readonly ArabicGoldScore Zero = new(AttributionScore.Zero, 0, 0, 0, 0, 0);
}
