using StanceTracker.Abstractions.Statements;
using StanceTracker.Extraction.Intake;
using StanceTracker.Extraction.Model;
using StanceTracker.Extraction.Pipeline;
using StanceTracker.Grains.Articles;

namespace StanceTracker.Grains.Tests;

/// <summary>
/// The seed article and both bench corpora (171 Arabic and 200 English articles, read from ../shared beside the
/// repository, never copied into it), extracted once with the shipped lexicons: real statements in both languages, as
/// the article grain records them.
/// </summary>
internal static class CorpusStatements
{
    public const string Arabic = "corpus/ar/saudinewsnet-libya-2015/articles.jsonl";
    public const string English = "corpus/en/allsides-mideast-2019-2020/articles.jsonl";

    private static readonly Lazy<(IReadOnlyList<ArticleText> Articles, IReadOnlyList<StatementRecord> Statements)> Loaded = new(Load);

    public static IReadOnlyList<ArticleText> Articles => Loaded.Value.Articles;

    public static IReadOnlyList<StatementRecord> Statements => Loaded.Value.Statements;

    /// <summary>A file under shared/ above the test's directory; missing is an error, not a skip.</summary>
    public static string Shared(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", relative);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"shared/{relative} not found above {AppContext.BaseDirectory}: the corpus belongs beside the repository");
    }

    private static (IReadOnlyList<ArticleText>, IReadOnlyList<StatementRecord>) Load()
    {
        var articles = new List<ArticleText>();
        foreach (var file in new[] { SharedSeed.Path, Shared(Arabic), Shared(English) })
            foreach (var result in ArticleReader.Read(file))
                articles.Add(result.Article ?? throw new InvalidDataException($"{file}: {result.Failure}"));
        var extractor = StanceExtractor.Load();
        var statements = new List<StatementRecord>();
        foreach (var article in articles)
        {
            var extracted = extractor.Extract(article);
            var published = article.Published ?? new DateTimeOffset(2020, 6, 4, 0, 0, 0, TimeSpan.Zero);
            foreach (var statement in extracted.Statements)
                statements.Add(StatementMapping.ToRecord(extracted, statement, published));
        }
        return (articles, statements);
    }
}
