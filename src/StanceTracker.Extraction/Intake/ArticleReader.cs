using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Intake;

/// <summary>
/// Reads articles from files and directories (recursively): .txt in the seed layout (or a bare body),
/// .json (one article object), .jsonl (one a line). Each bad input yields a failure naming the file (and line); the rest goes on.
/// </summary>
public static class ArticleReader
{
    /// <param name="defaultDate">Used for articles that carry no date of their own (the console's --date).</param>
    public static IEnumerable<ReadResult> Read(string path, DateTimeOffset? defaultDate = null)
        => throw new NotImplementedException();

    /// <summary>Reads one article from a JSON object (the fields of POST /api/articles and of .json files).</summary>
    public static ReadResult ParseJson(string json, string origin) => throw new NotImplementedException();
}
