namespace StanceTracker.Extraction.Pipeline;

/// <summary>Decides "ar" or "en" by script: more Arabic letters than Latin ones means Arabic.</summary>
public static class LanguageDetector
{
    public static string Detect(string text)
    {
        int arabic = 0, latin = 0;
        foreach (var c in text)
        {
            if (c is >= '\u0621' and <= '\u064A' or >= '\u0671' and <= '\u06D3') arabic++;
            else if (char.IsAsciiLetter(c) || c is >= '\u00C0' and <= '\u024F') latin++;
        }
        return arabic > latin ? "ar" : "en";
    }

    /// <summary>The article's own language tag when it has one ("ar", "ar-EG", "English"), else detection.</summary>
    public static string Resolve(string? given, string text)
    {
        if (!string.IsNullOrWhiteSpace(given))
        {
            var tag = given.Trim().ToLowerInvariant();
            if (tag.StartsWith("ar", StringComparison.Ordinal)) return "ar";
            if (tag.StartsWith("en", StringComparison.Ordinal)) return "en";
        }
        return Detect(text);
    }
}
