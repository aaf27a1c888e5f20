namespace StanceTracker.Extraction.Intake;

/// <summary>Why one input could not be read: the file, the line for line-based formats, and the reason in words.</summary>
public sealed record ReadFailure(string Path, int? Line, string Reason)
{
    public override string ToString() => Line is { } line ? $"{Path}:{line}: {Reason}" : $"{Path}: {Reason}";
}
