using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using StanceTracker.Extraction.Intake;
using StanceTracker.Extraction.Model;
using StanceTracker.Extraction.Pipeline;

namespace StanceTracker.Extraction.Evaluation;

/// <summary>
/// The hand-annotated Arabic gold set (tests/StanceTracker.Extraction.Tests/Gold/arabic-gold.jsonl): one JSON object a
/// line, {"corpus", "articleId", "textSha256", "statements": [{"speaker", "cue": [start, end], "content": [start, end],
/// "kind", "via": [...], "stances": [{"target", "polarity"}]}], "relations": [{"holder", "target", "polarity", "evidence": [start,
/// end]}], "shiftCues": [{"actor", "evidence": [start, end]}]}. The articles are read from the shared corpus with
/// <see cref="ArticleReader"/>, exactly as extraction reads them, and checked against their hash, so a changed text
/// fails loudly instead of scoring against shifted offsets.
/// </summary>
public static class ArabicGoldSet
{
    public const string SeedCorpus = "seed";
    public const string SaudiNewsNetCorpus = "saudinewsnet-libya-2015";

    /// <summary>The gold file's place in the repository.</summary>
    public const string RepositoryPath = "tests/StanceTracker.Extraction.Tests/Gold/arabic-gold.jsonl";

    /// <summary>Parses the gold file; a bad line throws <see cref="FormatException"/> naming the file and line.</summary>
    public static IReadOnlyList<ArabicGoldArticle> Load(string path)
    {
        var articles = new List<ArabicGoldArticle>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                articles.Add(Parse(line));
            }
            catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
            {
                throw new FormatException($"{path}:{lineNumber}: {ex.Message}", ex);
            }
        }
        return articles;
    }

    /// <summary>Lower-case hex SHA-256 of the text's UTF-8 bytes.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>
    /// Reads each gold article's text from <paramref name="sharedDirectory"/> (the folder holding seeds/ and corpus/)
    /// and checks its hash. Throws <see cref="InvalidDataException"/> naming the article if a text is missing or changed.
    /// </summary>
    public static IReadOnlyList<(ArabicGoldArticle Gold, ArticleText Article)> ReadArticles(
        IReadOnlyList<ArabicGoldArticle> gold, string sharedDirectory)
    {
        Dictionary<string, ArticleText>? saudi = null;
        var result = new List<(ArabicGoldArticle, ArticleText)>(gold.Count);
        foreach (var g in gold)
        {
            ArticleText? article;
            switch (g.Corpus)
            {
                case SeedCorpus:
                    article = ReadOne(Path.Combine(sharedDirectory, "seeds", g.ArticleId));
                    break;
                case SaudiNewsNetCorpus:
                    saudi ??= ReadAll(Path.Combine(sharedDirectory, "corpus", "ar", SaudiNewsNetCorpus, "articles.jsonl"));
                    article = saudi.GetValueOrDefault(g.ArticleId);
                    break;
                default:
                    throw new InvalidDataException($"{g.Name}: unknown corpus '{g.Corpus}' (expected {SeedCorpus} or {SaudiNewsNetCorpus})");
            }
            if (article is null)
                throw new InvalidDataException($"{g.Name}: the article is not in {sharedDirectory}");
            var hash = Hash(article.Text);
            if (!string.Equals(hash, g.TextSha256, StringComparison.OrdinalIgnoreCase))
                throw new InvalidDataException(
                    $"{g.Name}: the text changed since it was annotated (SHA-256 {hash}, the gold expects {g.TextSha256}); its offsets no longer hold");
            var spans = g.Statements.SelectMany(s => new[] { s.Cue, s.Content })
                .Concat(g.Relations.Select(r => r.Evidence)).Concat(g.ShiftCues.Select(c => c.Evidence));
            foreach (var span in spans)
                if (span.Start < 0 || span.End > article.Text.Length || span.End <= span.Start)
                    throw new InvalidDataException($"{g.Name}: span [{span.Start}, {span.End}) is outside the text (length {article.Text.Length})");
            result.Add((g, article));
        }
        return result;
    }

    /// <summary>Extracts every gold article and scores it; also returns each article's own score.</summary>
    public static (ArabicGoldScore Total, IReadOnlyList<(string Article, ArabicGoldScore Score)> PerArticle) Evaluate(
        StanceExtractor extractor, IReadOnlyList<ArabicGoldArticle> gold, string sharedDirectory)
    {
        var total = ArabicGoldScore.Zero;
        var perArticle = new List<(string, ArabicGoldScore)>();
        foreach (var (g, article) in ReadArticles(gold, sharedDirectory))
        {
            var score = ArabicGoldScorer.Score(extractor.Extract(article), g);
            perArticle.Add((g.Name, score));
            total += score;
        }
        return (total, perArticle);
    }

    /// <summary>Extracts every gold article and lists where it departs from the gold (see <see cref="ArabicGoldDiff"/>).</summary>
    public static IReadOnlyList<(ArabicGoldDiff Diff, ArticleText Article)> Diff(
        StanceExtractor extractor, IReadOnlyList<ArabicGoldArticle> gold, string sharedDirectory)
        => ReadArticles(gold, sharedDirectory).Select(x => (ArabicGoldDiff.Of(extractor.Extract(x.Article), x.Gold), x.Article)).ToList();

    /// <summary>The nearest "shared" folder beside <paramref name="start"/> or one of its parents, or null.</summary>
    public static string? FindShared(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "corpus")) || Directory.Exists(Path.Combine(candidate, "seeds")))
                return candidate;
        }
        return null;
    }

    /// <summary>The repository's gold file, found from <paramref name="start"/> up to the folder with StanceTracker.sln, or null.</summary>
    public static string? FindGoldFile(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StanceTracker.sln")))
            {
                var candidate = Path.Combine(dir.FullName, RepositoryPath);
                return File.Exists(candidate) ? candidate : null;
            }
        }
        return null;
    }

    private static ArticleText? ReadOne(string path)
    {
        var result = ArticleReader.Read(path).FirstOrDefault();
        if (result?.Failure is { } failure)
            throw new InvalidDataException($"{path}: {failure.Reason}");
        return result?.Article;
    }

    private static Dictionary<string, ArticleText> ReadAll(string path)
    {
        var articles = new Dictionary<string, ArticleText>(StringComparer.Ordinal);
        foreach (var result in ArticleReader.Read(path))
            if (result.Article is { Id: { } id } article)
                articles.TryAdd(id, article);
        return articles;
    }

    private static ArabicGoldArticle Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var statements = new List<ArabicGoldStatement>();
        foreach (var s in root.GetProperty("statements").EnumerateArray())
        {
            var via = s.TryGetProperty("via", out var v) && v.ValueKind == JsonValueKind.Array
                ? v.EnumerateArray().Select(x => Required(x.GetString(), "via")).ToList()
                : [];
            var stances = s.TryGetProperty("stances", out var st) && st.ValueKind == JsonValueKind.Array
                ? st.EnumerateArray().Select(x => new ArabicGoldStance(
                    Required(x.GetProperty("target").GetString(), "target"),
                    ParsePolarity(Required(x.GetProperty("polarity").GetString(), "polarity")))).ToList()
                : [];
            statements.Add(new ArabicGoldStatement(
                Required(s.GetProperty("speaker").GetString(), "speaker"),
                ParseSpan(s.GetProperty("cue"), "cue"),
                ParseSpan(s.GetProperty("content"), "content"),
                ParseKind(Required(s.GetProperty("kind").GetString(), "kind")),
                via,
                stances));
        }
        var relations = root.TryGetProperty("relations", out var rel) && rel.ValueKind == JsonValueKind.Array
            ? rel.EnumerateArray().Select(r => new ArabicGoldRelation(
                Required(r.GetProperty("holder").GetString(), "holder"),
                Required(r.GetProperty("target").GetString(), "target"),
                ParsePolarity(Required(r.GetProperty("polarity").GetString(), "polarity")),
                ParseSpan(r.GetProperty("evidence"), "evidence"))).ToList()
            : [];
        var shiftCues = root.TryGetProperty("shiftCues", out var sc) && sc.ValueKind == JsonValueKind.Array
            ? sc.EnumerateArray().Select(c => new ArabicGoldShiftCue(
                Required(c.GetProperty("actor").GetString(), "actor"),
                ParseSpan(c.GetProperty("evidence"), "evidence"))).ToList()
            : [];
        return new ArabicGoldArticle(
            Required(root.GetProperty("corpus").GetString(), "corpus"),
            Required(root.GetProperty("articleId").GetString(), "articleId"),
            Required(root.GetProperty("textSha256").GetString(), "textSha256"),
            statements)
        {
            Relations = relations,
            ShiftCues = shiftCues,
        };
    }

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new FormatException($"\"{field}\" is empty") : value;

    private static Span ParseSpan(JsonElement element, string field)
    {
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() != 2)
            throw new FormatException($"\"{field}\" must be [start, end]");
        var span = new Span(element[0].GetInt32(), element[1].GetInt32());
        return span.Start < 0 || span.End <= span.Start ? throw new FormatException($"\"{field}\" [{span.Start}, {span.End}] is empty or negative") : span;
    }

    private static StatementKind ParseKind(string value) => value switch
    {
        "direct" => StatementKind.Direct,
        "indirect" => StatementKind.Indirect,
        "mixed" => StatementKind.Mixed,
        _ => throw new FormatException($"kind '{value}' is not direct, indirect or mixed"),
    };

    private static Polarity ParsePolarity(string value) => value switch
    {
        "support" => Polarity.Support,
        "oppose" => Polarity.Oppose,
        "neutral" => Polarity.Neutral,
        _ => throw new FormatException($"polarity '{value}' is not support, oppose or neutral"),
    };
}
