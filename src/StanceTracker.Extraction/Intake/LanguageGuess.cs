namespace StanceTracker.Extraction.Intake;

/// <summary>
/// The language of an article that does not state one: "ar" when Arabic letters outnumber Latin ones, else "en".
/// StanceTracker handles these two languages only, so a finer detector would buy nothing; a stated language always wins.
/// </summary>
public static class LanguageGuess
{
    // A few thousand letters settle it; reading a whole 20 MB file for this would be waste.
    private const int SampleLength = 4000;

    /// <returns>"ar", "en", or null when the text has no letters at all.</returns>
    public static string? FromText(string text)
    {
        int arabic = 0, latin = 0;
        var end = Math.Min(text.Length, SampleLength);
        for (var i = 0; i < end; i++)
        {
            var c = text[i];
            if (c is >= '\u0621' and <= '\u064A' or >= '\u0671' and <= '\u06D3' or >= '\u0750' and <= '\u077F'
                or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFC')
                arabic++;
            else if (char.IsAsciiLetter(c) || c is >= '\u00C0' and <= '\u024F')
                latin++;
        }
        if (arabic == 0 && latin == 0)
            return null;
        return arabic > latin ? "ar" : "en";
    }

    /// <summary>A stated language as a short lower-case code: " AR " → "ar", "English" → "en", "ar-SA" → "ar".</summary>
    public static string? Normalize(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
            return null;
        var code = language.Trim().ToLowerInvariant();
        return code switch
        {
            "arabic" or "العربية" or "عربي" => "ar",
            "english" => "en",
            _ when code.Length > 2 && code[2] is '-' or '_' => code[..2],
            _ => code,
        };
    }
}
