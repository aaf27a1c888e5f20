namespace StanceTracker.Extraction.Evaluation;

/// <summary>
/// How extracted statements compare with annotated attributions. A prediction matches a gold attribution when
/// their contents overlap (one-to-one); source and cue accuracy are counted over the matched pairs.
/// </summary>
public sealed record AttributionScore(int Documents, int Gold, int Predicted, int Matched, int SourceCorrect, int CueCorrect)
{
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double SourceAccuracy => Matched == 0 ? 0 : (double)SourceCorrect / Matched;
    public double CueAccuracy => Matched == 0 ? 0 : (double)CueCorrect / Matched;

    public static AttributionScore operator +(AttributionScore a, AttributionScore b) => new(
        a.Documents + b.Documents, a.Gold + b.Gold, a.Predicted + b.Predicted, a.Matched + b.Matched,
        a.SourceCorrect + b.SourceCorrect, a.CueCorrect + b.CueCorrect);

    public static readonly AttributionScore Zero = new(0, 0, 0, 0, 0, 0);
}
