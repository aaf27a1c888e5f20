using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Evaluation;

/// <summary>
/// One annotated attribution: who (source), the reporting cue, and what is attributed (content). Each part may be
/// discontinuous (a quote split by "he said"), so each is a list of spans; a source may be missing.
/// </summary>
public sealed record GoldAttribution(IReadOnlyList<Span> Source, IReadOnlyList<Span> Cue, IReadOnlyList<Span> Content);
