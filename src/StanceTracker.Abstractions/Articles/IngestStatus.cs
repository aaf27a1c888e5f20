namespace StanceTracker.Abstractions.Articles;

[GenerateSerializer, Alias("stance.IngestStatus")]
public enum IngestStatus
{
    /// <summary>New article: its statements were recorded.</summary>
    Stored,
    /// <summary>Seen before: nothing was counted again.</summary>
    AlreadyKnown,
    /// <summary>Not ingested; the reason says why (e.g. no publication date).</summary>
    Rejected,
}
