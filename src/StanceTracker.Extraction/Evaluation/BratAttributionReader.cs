using System.Globalization;
using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Evaluation;

/// <summary>
/// Reads attribution relations from brat standoff (.ann) as PolNeAR uses it: T lines are spans
/// ("T3\tContent 120 211;230 250\ttext"), E lines join them ("E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1").
/// brat counts characters as code points; offsets are converted to UTF-16 indices into the text.
/// </summary>
public static class BratAttributionReader
{
    public static IReadOnlyList<GoldAttribution> Read(string annotation, string text, string origin)
    {
        var toUtf16 = CodePointMap(text);
        var spans = new Dictionary<string, IReadOnlyList<Span>>(StringComparer.Ordinal);
        var relations = new List<string[]>();
        var lineNumber = 0;
        foreach (var line in annotation.Split('\n'))
        {
            lineNumber++;
            var fields = line.TrimEnd('\r').Split('\t');
            if (fields.Length < 2 || fields[0].Length == 0) continue;
            switch (fields[0][0])
            {
                case 'T':
                    if (ParseSpans(fields[1], toUtf16, text.Length) is { } parsed)
                        spans[fields[0]] = parsed;
                    // A malformed span line is skipped: it cannot be scored, and one bad line must not lose a document.
                    break;
                case 'E':
                    relations.Add(fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
                    break;
            }
        }

        var result = new List<GoldAttribution>(relations.Count);
        foreach (var relation in relations)
        {
            IReadOnlyList<Span> source = [], cue = [], content = [];
            foreach (var role in relation)
            {
                var colon = role.IndexOf(':');
                if (colon <= 0 || !spans.TryGetValue(role[(colon + 1)..], out var found)) continue;
                switch (role[..colon])
                {
                    case "Source": source = found; break;
                    case "Cue": cue = found; break;
                    case "Content": content = found; break;
                }
            }
            if (content.Count > 0)
                result.Add(new GoldAttribution(source, cue, content));
        }
        if (relations.Count > 0 && result.Count == 0)
            throw new FormatException($"{origin}: {relations.Count} attribution relations, none with a readable content span");
        return result;
    }

    // "Content 120 211;230 250" → spans; null when the offsets are not numbers or fall outside the text.
    private static List<Span>? ParseSpans(string typeAndOffsets, int[]? toUtf16, int length)
    {
        var space = typeAndOffsets.IndexOf(' ');
        if (space < 0) return null;
        var spans = new List<Span>(1);
        foreach (var part in typeAndOffsets[(space + 1)..].Split(';'))
        {
            var bounds = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (bounds.Length != 2
                || !int.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(bounds[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end))
                return null;
            if (toUtf16 is not null)
            {
                if (end >= toUtf16.Length) return null;
                (start, end) = (toUtf16[start], toUtf16[end]);
            }
            if (start > end || end > length) return null;
            spans.Add(new Span(start, end));
        }
        return spans;
    }

    // Null when the text has no characters outside the BMP: code points and UTF-16 indices are then the same.
    private static int[]? CodePointMap(string text)
    {
        if (!text.Any(char.IsSurrogate)) return null;
        var map = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
        }
        map.Add(text.Length);
        return [.. map];
    }
}
