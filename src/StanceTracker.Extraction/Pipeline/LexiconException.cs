namespace StanceTracker.Extraction.Pipeline;

/// <summary>A data file (actors, cues, stance words) could not be used; the message names the file, the line if known, and the problem.</summary>
public sealed class LexiconException : Exception
{
    public LexiconException(string path, int? line, string problem, Exception? inner = null)
        : base(line is { } l ? $"{path}:{l}: {problem}" : $"{path}: {problem}", inner)
    {
        FilePath = path;
        Line = line;
        Problem = problem;
    }

    public string FilePath { get; }
    public int? Line { get; }
    public string Problem { get; }
}
