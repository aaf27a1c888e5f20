namespace StanceTracker.Extraction.Pipeline;

/// <summary>Where the pipeline's linguistic data comes from.</summary>
/// <param name="LexiconDirectory">The shipped data folder; null means the Lexicons folder beside this assembly.</param>
/// <param name="ExtraFiles">A user's own actor / cue / stance files, read after the shipped ones (same formats).</param>
public sealed record ExtractorOptions(string? LexiconDirectory = null, IReadOnlyList<string>? ExtraFiles = null);
