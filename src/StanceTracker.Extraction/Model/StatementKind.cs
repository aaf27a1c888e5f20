namespace StanceTracker.Extraction.Model;

public enum StatementKind
{
    /// <summary>The speaker's words inside quotation marks.</summary>
    Direct,
    /// <summary>Reported speech: "أكد أن …", "said that …".</summary>
    Indirect,
    /// <summary>Reported speech that contains a quoted part.</summary>
    Mixed,
}
