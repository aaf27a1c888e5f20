namespace StanceTracker.Grains.ActorDirectory;

/// <summary>How actor names are compared in search: case-insensitive.</summary>
internal static class SearchText
{
    public static string Fold(string text) => text.Trim().ToLowerInvariant();
}
