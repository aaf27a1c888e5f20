using StanceTracker.Extraction.Model;
using StanceTracker.Extraction.Pipeline;

namespace StanceTracker.Extraction.Intake;

/// <summary>
/// The plain-text article layout of the seed: line 1 the title, line 2 "- SOURCE DAYNAME, DD MONTH, YYYY - HH:MM مساءً"
/// (or "- Reuters Thursday, 04 June, 2020 - 08:45 PM"), then the body. A file without such a second line is all body.
/// </summary>
/// <remarks>
/// The article's <see cref="ArticleText.Text"/> is the whole file, title and header included, because extraction
/// offsets are defined as indices into the file's text; title, source and date are parsed out of it, not cut from it.
/// </remarks>
public static class SeedTextFormat
{
    private static readonly char[] Dashes = ['-', '–', '—'];
    private const int MaxHeaderLength = 300;

    /// <param name="text">The file's decoded text, without a byte order mark.</param>
    /// <param name="path">Where it came from, for provenance and messages.</param>
    /// <param name="defaultDate">The date of an article whose file gives none.</param>
    public static ReadResult Parse(string text, string path, DateTimeOffset? defaultDate = null)
    {
        if (string.IsNullOrWhiteSpace(text))
            return ReadResult.Failed(path, null, "article text is empty");

        var firstEnd = text.IndexOf('\n');
        var secondEnd = firstEnd < 0 ? -1 : text.IndexOf('\n', firstEnd + 1);
        string? title = null, source = null;
        DateTimeOffset? published = null;

        if (firstEnd >= 0)
        {
            var firstLine = text[..firstEnd].Trim();
            var secondLine = (secondEnd < 0 ? text[(firstEnd + 1)..] : text[(firstEnd + 1)..secondEnd]).Trim();
            if (firstLine.Length > 0 && TryParseHeader(secondLine, out var headerSource, out var headerDate))
            {
                title = firstLine;
                source = headerSource;
                published = headerDate;
                if (secondEnd < 0 || text.AsSpan(secondEnd + 1).IsWhiteSpace())
                    return ReadResult.Failed(path, null, "the article has a title and a source/date line but no body");
            }
        }

        var article = new ArticleText(
            Id: null,
            Title: title,
            Source: source,
            Url: null,
            Published: published ?? defaultDate,
            Language: LanguageDetector.Detect(text),
            Text: text,
            Path: path);
        return ReadResult.Ok(article);
    }

    /// <summary>
    /// Parses the source/date line. The source is free text of any length, so it is found as the shortest
    /// leading run of words after which the rest of the line is a complete date.
    /// </summary>
    public static bool TryParseHeader(string line, out string source, out DateTimeOffset published)
    {
        source = string.Empty;
        published = default;
        var trimmed = line.Trim();
        // A real header is one short line; bailing out on long ones keeps a body paragraph that happens to start
        // with a dash from being scanned split by split.
        if (trimmed.Length is < 3 or > MaxHeaderLength || Array.IndexOf(Dashes, trimmed[0]) < 0)
            return false;
        var rest = trimmed[1..].TrimStart();

        for (var i = 1; i < rest.Length; i++)
        {
            // Split at each start of a word: the source is what comes before it.
            if (!char.IsWhiteSpace(rest[i - 1]) || char.IsWhiteSpace(rest[i]))
                continue;
            var candidate = rest[..i].Trim().TrimEnd(',', '،', '-', '–', '—', '|').Trim();
            // "- Thursday, 04 June, 2020" has a date but no source: a day name is never an outlet.
            if (candidate.Length == 0 || DateLexicon.Default.Weekdays.Contains(DateWordNormalizer.Key(candidate)))
                continue;
            if (ArticleDateParser.TryParse(rest[i..], out published))
            {
                source = candidate;
                return true;
            }
        }
        published = default;
        return false;
    }
}
