namespace StanceTracker.Grains.Actors;

/// <summary>
/// Stable 32-bit keys (FNV-1a) for article ids and outlet names, so the day aggregates can count distinct sources
/// without storing their names; string.GetHashCode is randomised per process and would not survive a snapshot.
/// A collision would undercount by one in a bucket of a few dozen sources, at odds of about one in a hundred million.
/// </summary>
public static class SourceKey
{
    public static int Of(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return unchecked((int)hash);
    }

    /// <summary>Outlets are compared without case or surrounding space ("Sample Wire" and "sample wire" are one outlet).</summary>
    public static int? OfOutlet(string? outlet) =>
        string.IsNullOrWhiteSpace(outlet) ? null : Of(outlet.Trim().ToLowerInvariant());
}
