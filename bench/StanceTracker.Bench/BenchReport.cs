using System.Globalization;
using System.Text;
using System.Text.Json;

namespace StanceTracker.Bench;

/// <summary>
/// What a run measured: every figure with its unit (printed as one JSON line at the end) and the tables as Markdown
/// (printed as they are made, and written to docs/BENCHMARKS.md by the full run).
/// </summary>
public sealed class BenchReport
{
    private readonly List<(string Name, double Value, string Unit)> _figures = [];
    private readonly StringBuilder _markdown = new();

    public void Add(string name, double value, string unit) => _figures.Add((name, Math.Round(value, 3), unit));

    public void Heading(string title) => Write($"\n## {title}\n");

    public void Text(string text) => Write(text + "\n");

    public void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var lines = new StringBuilder();
        lines.Append("\n| ").AppendJoin(" | ", header).Append(" |\n|");
        foreach (var column in header)
            lines.Append(column.StartsWith(' ') ? "---|" : "---:|");
        lines.Append('\n');
        foreach (var row in rows)
            lines.Append("| ").AppendJoin(" | ", row).Append(" |\n");
        lines.Append('\n');
        Write(lines.ToString());
    }

    private void Write(string text)
    {
        Console.Write(text);
        _markdown.Append(text);
    }

    public string Markdown => _markdown.ToString();

    /// <summary>One line, every figure: {"name": {"value": v, "unit": "u"}, ...}.</summary>
    public string SummaryJson()
    {
        var figures = new Dictionary<string, object>();
        foreach (var (name, value, unit) in _figures)
            figures[name] = new { value, unit };
        return JsonSerializer.Serialize(figures);
    }

    public static string N(double value, int decimals = 0) => value.ToString(decimals == 0 ? "N0" : $"N{decimals}", CultureInfo.InvariantCulture);

    public static string Percent(double share) => (100 * share).ToString("N0", CultureInfo.InvariantCulture) + "%";
}
