using System.Text.Json;
using System.Text.Json.Serialization;
using StanceTracker.Abstractions.Articles;
using StanceTracker.Extraction.Model;

namespace StanceTracker.Console.Commands;

/// <summary>
/// `ingest --report FILE`: one JSON line per article as soon as its fate is known (stored, already known, rejected,
/// failed), with the attempts it took — so an operator, or a test, can tell exactly which articles this run stored.
/// </summary>
public sealed class IngestReport : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly StreamWriter? _writer;

    private IngestReport(StreamWriter? writer) => _writer = writer;

    public static IngestReport Open(string? path)
    {
        if (path is null)
            return new IngestReport(null);
        try
        {
            var full = Path.GetFullPath(path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            return new IngestReport(new StreamWriter(full, append: false) { AutoFlush = true });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new IOException($"--report {path}: cannot write the report: {ex.Message}", ex);
        }
    }

    public void Outcome(ArticleText article, IngestOutcome outcome, int attempts) =>
        Write(new Line(outcome.ArticleId, article.Path, outcome.Status.ToString(), outcome.Statements, attempts, outcome.Reason));

    public void Failed(ArticleText article, string articleId, int attempts, string reason) =>
        Write(new Line(articleId, article.Path, "Failed", 0, attempts, reason));

    private void Write(Line line)
    {
        if (_writer is null)
            return;
        var text = JsonSerializer.Serialize(line, Json);
        lock (_writer)
            _writer.WriteLine(text);
    }

    public void Dispose() => _writer?.Dispose();

    private sealed record Line(string Article, string? Path, string Status, int Statements, int Attempts, string? Reason);
}
