namespace StanceTracker.Extraction.Intake;

/// <summary>
/// .jsonl files: one article object a line, blank lines skipped. Each line is decoded and parsed on its own,
/// so a truncated or mis-encoded line costs that article only and its failure carries its 1-based line number.
/// </summary>
internal static class JsonLinesFormat
{
    /// <param name="bytes">The file's content after any byte order mark.</param>
    /// <param name="fileOffset">Where <paramref name="bytes"/> start in the file (the BOM length), for byte offsets in messages.</param>
    public static IReadOnlyList<ReadResult> Parse(ReadOnlySpan<byte> bytes, int fileOffset, string path, DateTimeOffset? defaultDate)
    {
        var results = new List<ReadResult>();
        var lineNumber = 0;
        var start = 0;
        while (start <= bytes.Length)
        {
            lineNumber++;
            var length = bytes[start..].IndexOf((byte)'\n');
            var end = length < 0 ? bytes.Length : start + length;
            var lineBytes = bytes[start..end];

            if (!IsBlank(lineBytes))
            {
                var text = TextDecoding.Decode(lineBytes, fileOffset + start, out var problem);
                results.Add(text is null
                    ? ReadResult.Failed(path, lineNumber, problem!)
                    : JsonArticleFormat.ParseObject(text, path, lineNumber, defaultDate));
            }
            if (length < 0)
                break;
            start = end + 1;
        }
        if (results.Count == 0)
            results.Add(ReadResult.Failed(path, null, "the file holds no articles (only blank lines)"));
        return results;
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
                return false;
        return true;
    }
}
