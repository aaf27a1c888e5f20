namespace StanceTracker.Extraction.Intake;

/// <summary>
/// Finds a publication date inside a byline or dateline ("By Jane Doe, June 4, 2020 8:45 PM", "نشر في 4 يونيو 2020"),
/// where <see cref="ArticleDateParser"/> alone refuses the whole line because of the words around the date.
/// </summary>
/// <remarks>
/// Every run of consecutive words is tried, longest first, so the date keeps its time and zone when the line has them.
/// Only short lines are searched: a byline is short, and a date inside a long paragraph is usually the date of an
/// event the article reports, not of the article.
/// </remarks>
internal static class BylineDate
{
    public const int MaxLineLength = 200;

    // Longer than any date ("Thursday, 04 June, 2020 - 08:45 PM GMT+3" is 9 words).
    private const int MaxDateWords = 12;

    private static readonly char[] EdgePunctuation = ['.', ':', ';', '·', '•', '|', '،', '-', '–', '—', '(', ')', '[', ']'];

    public static bool TryFind(string? line, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(line) || line.Length > MaxLineLength)
            return false;

        var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var length = Math.Min(MaxDateWords, words.Length); length >= 2; length--)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                var candidate = string.Join(' ', words, start, length).Trim(EdgePunctuation).Trim();
                if (ArticleDateParser.TryParse(candidate, out value))
                    return true;
            }
        }
        // A lone ISO date ("2020-06-04") is one word.
        foreach (var word in words)
        {
            if (ArticleDateParser.TryParse(word.Trim(EdgePunctuation), out value))
                return true;
        }
        return false;
    }
}
