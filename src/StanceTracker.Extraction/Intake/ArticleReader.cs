using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Intake;

/// <summary>
/// Reads articles from files and directories (recursively): .txt in the seed layout (or a bare body),
/// .json (one article object), .jsonl (one a line), .html/.htm (a saved web page: its extracted text, see
/// <see cref="HtmlArticleFormat"/>), .xml/.rss/.atom (an RSS 2.0 or Atom feed: one article per item, see
/// <see cref="FeedArticleFormat"/>). Each bad input yields a failure naming the file (and line); the rest goes on.
/// </summary>
/// <remarks>
/// Results are produced lazily, one file at a time, in ordinal path order so that two runs over the same folder
/// see the same sequence. Dates without a zone are UTC (see <see cref="ArticleDateParser"/>). An article without
/// any date keeps Published null unless <c>defaultDate</c> is given: whether that is acceptable is the caller's call.
/// </remarks>
public static class ArticleReader
{
    /// <param name="defaultDate">Used for articles that carry no date of their own (the console's --date).</param>
    public static IEnumerable<ReadResult> Read(string path, DateTimeOffset? defaultDate = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return ReadPath(path, defaultDate);
    }

    /// <summary>Reads one article from a JSON object (the fields of POST /api/articles and of .json files).</summary>
    public static ReadResult ParseJson(string json, string origin) => JsonArticleFormat.ParseObject(json ?? string.Empty, origin);

    private static IEnumerable<ReadResult> ReadPath(string path, DateTimeOffset? defaultDate)
    {
        if (Directory.Exists(path))
        {
            foreach (var entry in DirectoryWalk.Files(path))
            {
                var results = entry.Problem is { } problem
                    ? [ReadResult.Failed(entry.Path, null, problem)]
                    : ReadFile(entry.Path, defaultDate);
                foreach (var result in results)
                    yield return result;
            }
        }
        else if (File.Exists(path))
        {
            foreach (var result in ReadFile(path, defaultDate))
                yield return result;
        }
        else
        {
            yield return ReadResult.Failed(path, null, "no such file or directory");
        }
    }

    /// <summary>One file, read completely and turned into results; never throws for bad content.</summary>
    private static IReadOnlyList<ReadResult> ReadFile(string path, DateTimeOffset? defaultDate)
    {
        var format = ArticleFileKind.Of(path);
        if (format == ArticleFileKind.Unsupported)
            return [ReadResult.Failed(path, null,
                $"unsupported file type '{Path.GetExtension(path)}' (expected {ArticleFileKindExtensions.Expected})")];

        var bytes = TextDecoding.ReadBytes(path, out var problem);
        if (bytes is null)
            return [ReadResult.Failed(path, null, problem!)];

        // A feed's XML declaration names its encoding, so the XML reader decodes it, not us.
        if (format == ArticleFileKind.Feed)
            return FeedArticleFormat.Parse(bytes, path, defaultDate);

        var bom = TextDecoding.BomLength(bytes);
        if (format == ArticleFileKind.JsonLines)
            return JsonLinesFormat.Parse(bytes.AsSpan(bom), bom, path, defaultDate);
        if (format == ArticleFileKind.Html)
        {
            var page = HtmlArticleFormat.Decode(bytes.AsSpan(bom), bom, out problem);
            return page is null ? [ReadResult.Failed(path, null, problem!)] : [HtmlArticleFormat.Parse(page, path, defaultDate)];
        }

        var text = TextDecoding.Decode(bytes.AsSpan(bom), bom, out problem);
        if (text is null)
            return [ReadResult.Failed(path, null, problem!)];

        return format == ArticleFileKind.Json
            ? JsonArticleFormat.ParseFile(text, path, defaultDate)
            : [SeedTextFormat.Parse(text, path, defaultDate)];
    }
}
