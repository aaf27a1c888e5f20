using StanceTracker.Extraction.Text;

namespace StanceTracker.Grains.Tests;

/// <summary>
/// <c>ContentTokens.Of</c> as it was first written (every token built, each word lower-cased as a string, a hash set,
/// then sorted longest first, ties ordinal), kept as the reference the allocation-free version must equal word for
/// word: the stored words are compared across versions by relay detection.
/// </summary>
internal static class ReferenceContentTokens
{
    public static string Stored(string content)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in Tokenizer.Tokenize(content))
            if (token.IsWord)
                words.Add(token.Normalized.ToLowerInvariant());
        var ordered = words.ToArray();
        Array.Sort(ordered, (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : string.CompareOrdinal(a, b));
        return string.Join(' ', ordered);
    }
}
