using StanceTracker.Extraction.Model;

namespace StanceTracker.Extraction.Text;

/// <summary>
/// Pairs quotation marks so later steps know which words are the speaker's own. « » and “ ” are directional;
/// the straight " (and a lone ”, common in Arabic web text) opens or closes depending on what is open.
/// A quote never crosses a line break: an unclosed mark is dropped at the end of its paragraph instead of
/// swallowing the rest of the article. English wire copy also writes quotes with two characters: ``…'' and ''…''
/// (<see cref="DoubledMarkAt"/>); the span then includes both characters of each mark.
/// </summary>
public static class QuotationFinder
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsQuoteMark(char c) => c is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '\u201E';

    /// <summary>The outermost paired quotations, each span including its two marks, in text order.</summary>
    public static IReadOnlyList<Span> Find(string text)
    {
        var spans = new List<Span>();
        var open = new Stack<(char Mark, int At)>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r') { open.Clear(); continue; }
            if (DoubledMarkAt(text, i) is { } doubled)
            {
                // `` always opens; '' closes what `` or '' opened, else opens.
                if (doubled == '\'' && open.Count > 0 && open.Peek().Mark is '`' or '\'')
                {
                    var (_, at) = open.Pop();
                    if (open.Count == 0) spans.Add(new Span(at, i + 2));
                }
                else open.Push((doubled, i));
                i++;
                continue;
            }
            if (!IsQuoteMark(c)) continue;

            if (open.Count > 0 && Closes(open.Peek().Mark, c))
            {
                var (_, at) = open.Pop();
                if (open.Count == 0) spans.Add(new Span(at, i + 1));
            }
            else if (c is '\u00BB')
            {
                // A stray closing guillemet: nothing to pair with.
            }
            else
            {
                open.Push((c, i));
            }
        }
        return spans;
    }

    /// <summary>'`' or '\'' when a two-character quote mark (`` or '') starts at <paramref name="i"/>.</summary>
    public static char? DoubledMarkAt(string text, int i) => DoubledMarkAt(text.AsSpan(), i);

    /// <summary>'`' or '\'' when a two-character quote mark (`` or '') starts at <paramref name="i"/> of <paramref name="text"/>.</summary>
    internal static char? DoubledMarkAt(ReadOnlySpan<char> text, int i)
        => i + 1 < text.Length && text[i] is '`' or '\'' && text[i + 1] == text[i] && (i + 2 >= text.Length || text[i + 2] != text[i]) ? text[i] : null;

    private static bool Closes(char opening, char mark) => opening switch
    {
        '\u00AB' => mark == '\u00BB',
        '\u201C' => mark == '\u201D',
        '\u201E' => mark is '\u201C' or '\u201D',
        '"' => mark == '"',
        '\u201D' => mark == '\u201D',
        _ => false,
    };
}
