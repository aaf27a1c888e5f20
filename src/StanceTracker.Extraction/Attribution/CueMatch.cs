namespace StanceTracker.Extraction.Attribution;

/// <summary>A cue found in the text: tokens [FirstToken, EndToken).</summary>
public readonly record struct CueMatch(ReportingCue Cue, int FirstToken, int EndToken);
