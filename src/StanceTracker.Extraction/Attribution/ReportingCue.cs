using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Attribution;

/// <summary>
/// One reporting expression from the cue lexicon, with the written forms that express it.
/// <see cref="Polarity"/> is set for cues that carry a stance themselves (أشاد/praised → support, أدان/condemned → oppose).
/// </summary>
public sealed record ReportingCue(string Lemma, CueKind Kind, CueRole Role, Polarity? Polarity, IReadOnlyList<string> Forms);
