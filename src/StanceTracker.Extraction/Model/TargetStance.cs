namespace StanceTracker.Extraction.Model;

/// <summary>The speaker's position toward one target of a statement.</summary>
/// <param name="Score">Signed strength in [-1, 1]: negative opposes, positive supports.</param>
/// <param name="Confidence">How sure the extractor is, in [0, 1].</param>
/// <param name="Evidence">The words that carried the polarity (a stance word or the cue), if any.</param>
public sealed record TargetStance(ActorRef Target, Polarity Polarity, double Score, double Confidence, Span? Evidence = null);
